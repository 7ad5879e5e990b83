import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { commandPayloadSchemas, recordConsentPayloadSchema } from '../commands/payloads.ts';
import { longText, shortText } from './text.ts';

const short = shortText({ max: 50 });
const long = longText({ max: 50 });
const controls = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).concat('\u007f');

describe('shortText', () => {
  it('accepts ordinary text, Swedish letters and characters outside the BMP, trimmed', () => {
    expect(short.parse('  Åsa Öberg  ')).toBe('Åsa Öberg');
    expect(short.parse('ref 😀 2026')).toBe('ref 😀 2026');
  });

  it.each(controls.map((c) => [c.charCodeAt(0).toString(16), c]))(
    'refuses the control character U+%s inside the text',
    (_hex, c) => {
      expect(short.safeParse(`a${c}b`).success).toBe(false);
    },
  );

  it('refuses unpaired surrogates (high, low, reversed pair) but not a real pair', () => {
    for (const bad of ['a\ud800', '\udc00b', 'a\udc00\ud800b'])
      expect(short.safeParse(bad).success).toBe(false);
    expect(short.safeParse('a\ud83d\ude00b').success).toBe(true);
  });
});

describe('longText', () => {
  it('allows tab, line feed and carriage return, nothing else below U+0020', () => {
    expect(long.parse('line one\r\n\tline two')).toBe('line one\r\n\tline two');
    for (const c of controls.filter((c) => !['\t', '\n', '\r'].includes(c))) {
      expect(long.safeParse(`a${c}b`).success).toBe(false);
    }
    expect(long.safeParse('a\ud800b').success).toBe(false);
  });
});

describe('every command payload', () => {
  it('refuses the exact attack of issue 10: a NUL inside the consent’s document reference', () => {
    const result = recordConsentPayloadSchema.safeParse({
      parties: ['police'],
      consentDate: '2026-03-02',
      documentReference: 'a\u0000b',
    });
    expect(result.error?.issues[0]?.path).toEqual(['documentReference']);
  });

  it('refuses a NUL in the user id of AssignHandler and UnassignHandler', () => {
    expect(commandPayloadSchemas.AssignHandler.safeParse({ userId: 'a\u0000b' }).success).toBe(false);
    expect(commandPayloadSchemas.UnassignHandler.safeParse({ userId: 'a\ud800' }).success).toBe(false);
  });
});

/** String fields whose own stricter rule (a checksum, a code list) refuses everything but digits and dashes. */
const checkedElsewhere = new Set(['personalIdentityNumber', 'code']);

describe('every string of every command payload', () => {
  it('is text that refuses NUL and unpaired surrogates (a pattern in the OpenAPI schema) or is checked stricter', () => {
    const unguarded: string[] = [];
    const walk = (node: unknown, path: string[]): void => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      const field = path.at(-1) ?? '';
      if (schema.type === 'string' && schema.enum === undefined && schema.const === undefined) {
        const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
        const guarded = pattern !== undefined && !pattern.test('a\u0000b') && !pattern.test('a\ud800b');
        if (!guarded && !checkedElsewhere.has(field)) unguarded.push(path.join('.'));
      }
      for (const [key, value] of Object.entries(schema)) walk(value, [...path, key]);
    };
    for (const [type, schema] of Object.entries(commandPayloadSchemas)) {
      walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), [type]);
    }
    expect(unguarded).toEqual([]);
    expect(
      commandPayloadSchemas.InitiateRelocation.shape.person.shape.personalIdentityNumber.safeParse(
        '19900101-12\u000034',
      ).success,
    ).toBe(false);
    expect(
      commandPayloadSchemas.InitiateRelocation.shape.exclusionZones.safeParse([
        { kind: 'municipality', code: '12\u000080' },
      ]).success,
    ).toBe(false);
  });
});
