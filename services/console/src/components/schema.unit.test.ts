import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../api/types.ts';
import { cleanValue, discriminatedUnion, initialValue, isZone, typeOf, unwrapNullable } from './schema.ts';

describe('forms from JSON Schema', () => {
  it('treats an optional nullable field as the field itself', () => {
    expect(unwrapNullable({ anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] })).toMatchObject({
      type: 'string',
      format: 'date',
    });
    expect(typeOf({ type: ['integer', 'null'] })).toBe('integer');
    expect(typeOf({ enum: ['acute', 'planned'] })).toBe('string');
  });

  it('offers a union of constants as a choice, numbers kept as numbers', () => {
    const month = unwrapNullable({ anyOf: [{ type: 'number', const: 1 }, { const: 3 }, { const: 6 }] });
    expect(month).toMatchObject({ type: 'number', enum: [1, 3, 6] });
    expect(typeOf({ anyOf: [{ const: 1 }, { const: 3 }] })).toBe('number');
    expect(unwrapNullable({ anyOf: [{ const: 'a' }, { type: 'string' }] }).enum).toBeUndefined();
  });

  it('starts required objects with their fields and lists empty', () => {
    const schema = {
      type: 'object',
      properties: {
        household: {
          type: 'object',
          properties: { adults: { type: 'integer' }, childrenAges: { type: 'array' } },
        },
        needs: { type: 'array', items: { enum: ['housing'] } },
        urgency: { enum: ['acute', 'planned'] },
      },
    };
    expect(initialValue(schema)).toEqual({ household: { childrenAges: [] }, needs: [] });
  });

  it('recognises an exclusion zone (kind county or municipality, and a code)', () => {
    expect(
      isZone({ properties: { kind: { enum: ['municipality', 'county'] }, code: { type: 'string' } } }),
    ).toBe(true);
    expect(isZone({ properties: { kind: { enum: ['other'] }, code: { type: 'string' } } })).toBe(false);
    const oneOf = {
      oneOf: [
        { type: 'object', properties: { kind: { enum: ['municipality'] }, code: { type: 'string' } } },
        { type: 'object', properties: { kind: { enum: ['county'] }, code: { type: 'string' } } },
      ],
    };
    expect(isZone(oneOf)).toBe(true);
    expect(typeOf(oneOf)).toBe('object');
  });

  it('sends omitted fields instead of empty strings', () => {
    expect(cleanValue({ name: '', reason: 'x', nested: { a: '', b: 1 }, list: [{ c: '' }] })).toEqual({
      reason: 'x',
      nested: { b: 1 },
      list: [{}],
    });
  });

  it('tells the alternatives of a union apart by their one-valued property', () => {
    const housing: JsonSchema = {
      oneOf: [
        { type: 'object', properties: { type: { enum: ['ownLease'] } }, required: ['type'] },
        {
          type: 'object',
          properties: { type: { enum: ['protectedHousing'] }, providerId: { type: 'string' } },
          required: ['type', 'providerId'],
        },
      ],
    };
    const union = discriminatedUnion(housing);
    expect(union?.key).toBe('type');
    expect(union?.alternatives.map((a) => a.value)).toEqual(['ownLease', 'protectedHousing']);
    expect(union?.alternatives[1]?.schema.required).toEqual(['providerId']);
  });
});
