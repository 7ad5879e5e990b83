import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { kekConfigSchema, parseKekEnv } from './kekConfig.ts';

const kek = (): string => randomBytes(32).toString('base64');

const messagesOf = (input: unknown): string[] => {
  const result = kekConfigSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('kekConfigSchema', () => {
  it('accepts several KEKs with one of them active, in base64 or base64url', () => {
    const k2 = randomBytes(32).toString('base64url');
    const config = { activeKekId: 'k2', keks: { k1: kek(), k2 } };
    expect(kekConfigSchema.parse(config)).toEqual(config);
  });

  it('explains an active KEK that is not configured', () => {
    expect(messagesOf({ activeKekId: 'k3', keks: { k1: kek(), k2: kek() } })).toEqual([
      "the active KEK 'k3' is not among the configured KEKs (k1, k2)",
    ]);
  });

  it('explains a KEK of the wrong length', () => {
    const [message] = messagesOf({ activeKekId: 'k1', keks: { k1: randomBytes(16).toString('base64') } });
    expect(message).toContain('exactly 32 random bytes (this one decodes to 16)');
  });

  it('rejects text that is not base64 instead of decoding it leniently', () => {
    const text = `${kek().slice(0, 40)}!!!=`;
    expect(messagesOf({ activeKekId: 'k1', keks: { k1: text } })).toEqual([
      'a KEK must be base64 (or base64url) text',
    ]);
  });

  it('rejects an empty ring and ids that would break the env form', () => {
    expect(messagesOf({ activeKekId: 'k1', keks: {} })).toEqual(['at least one KEK must be configured']);
    expect(messagesOf({ activeKekId: 'a:b', keks: { 'a:b': kek() } }).join()).toContain('a KEK id is 1-64');
  });
});

describe('parseKekEnv', () => {
  it('reads RELOCATION_KEKS and RELOCATION_ACTIVE_KEK', () => {
    const [k1, k2] = [kek(), kek()];
    expect(parseKekEnv({ RELOCATION_KEKS: ` k1:${k1}, k2:${k2} `, RELOCATION_ACTIVE_KEK: 'k2' })).toEqual({
      activeKekId: 'k2',
      keks: { k1, k2 },
    });
  });

  it('explains missing variables, malformed entries and duplicate ids', () => {
    expect(() => parseKekEnv({})).toThrow(/RELOCATION_KEKS is required/);
    expect(() => parseKekEnv({ RELOCATION_KEKS: `k1:${kek()}` })).toThrow(
      /RELOCATION_ACTIVE_KEK is required/,
    );
    expect(() =>
      parseKekEnv({ RELOCATION_KEKS: `k1:${kek()},${kek()}`, RELOCATION_ACTIVE_KEK: 'k1' }),
    ).toThrow(/entry 2 of RELOCATION_KEKS is not of the form <id>:<base64>/);
    expect(() =>
      parseKekEnv({ RELOCATION_KEKS: `k1:${kek()},k1:${kek()}`, RELOCATION_ACTIVE_KEK: 'k1' }),
    ).toThrow(/KEK id 'k1' appears more than once/);
    expect(() => parseKekEnv({ RELOCATION_KEKS: `k1:${kek()}`, RELOCATION_ACTIVE_KEK: 'k2' })).toThrow(
      /the active KEK 'k2' is not among the configured KEKs \(k1\)/,
    );
  });
});
