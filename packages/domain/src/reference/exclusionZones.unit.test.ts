import { describe, expect, it } from 'vitest';
import { type ExclusionZone, exclusionZoneSchema, expandZones, isExcluded } from './municipalities.ts';

describe('exclusion zones', () => {
  it('accepts known municipality and county codes', () => {
    expect(exclusionZoneSchema.parse({ kind: 'municipality', code: '0180' })).toEqual({
      kind: 'municipality',
      code: '0180',
    });
    expect(exclusionZoneSchema.parse({ kind: 'county', code: '12' })).toEqual({ kind: 'county', code: '12' });
  });

  it.each([
    [{ kind: 'municipality', code: '9999' }, /Unknown municipality code "9999"/],
    [{ kind: 'municipality', code: '01' }, /Unknown municipality code "01"/],
    [{ kind: 'county', code: '0180' }, /Unknown county code "0180"/],
    [{ kind: 'county', code: '02' }, /Unknown county code "02"/],
  ])('rejects %j with a clear message', (input, message) => {
    const result = exclusionZoneSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
    expect(result.error?.issues[0]?.path).toEqual(['code']);
  });

  it('rejects an unknown kind', () => {
    expect(exclusionZoneSchema.safeParse({ kind: 'region', code: 'syd' }).success).toBe(false);
  });

  it('expands a county zone to all its municipalities', () => {
    const codes = expandZones([{ kind: 'county', code: '10' }]);
    expect([...codes].sort()).toEqual(['1060', '1080', '1081', '1082', '1083']);
    expect(expandZones([{ kind: 'county', code: '12' }]).size).toBe(33);
  });

  it('expands a mix of zones without duplicates and ignores unknown codes', () => {
    const zones: ExclusionZone[] = [
      { kind: 'county', code: '09' },
      { kind: 'municipality', code: '0980' },
      { kind: 'municipality', code: '1480' },
      { kind: 'municipality', code: '9999' },
    ];
    expect([...expandZones(zones)].sort()).toEqual(['0980', '1480']);
    expect(expandZones([]).size).toBe(0);
  });

  it('excludes a municipality named directly or through its county', () => {
    const zones: ExclusionZone[] = [
      { kind: 'municipality', code: '1480' },
      { kind: 'county', code: '12' },
    ];
    expect(isExcluded('1480', zones)).toBe(true);
    expect(isExcluded('1280', zones)).toBe(true);
    expect(isExcluded('1060', zones)).toBe(false);
    expect(isExcluded('1481', zones)).toBe(false);
    expect(isExcluded('0180', [])).toBe(false);
  });

  it('agrees with expandZones for every municipality', () => {
    const zones: ExclusionZone[] = [
      { kind: 'county', code: '01' },
      { kind: 'county', code: '25' },
      { kind: 'municipality', code: '0380' },
    ];
    const expanded = expandZones(zones);
    expect(expanded.size).toBe(26 + 14 + 1);
    for (const code of ['0114', '0192', '2584', '0380'])
      expect(isExcluded(code, zones)).toBe(expanded.has(code));
    expect(isExcluded('0381', zones)).toBe(false);
  });
});
