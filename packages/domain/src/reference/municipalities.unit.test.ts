import { describe, expect, it } from 'vitest';
import {
  counties,
  countyCodeSchema,
  findCounty,
  findMunicipality,
  isCountyCode,
  isMunicipalityCode,
  municipalities,
  municipalitiesInCounty,
  municipalityCodeSchema,
} from './municipalities.ts';

describe('municipalities and counties (SCB)', () => {
  it('lists exactly 290 municipalities and 21 counties, each code unique', () => {
    expect(municipalities).toHaveLength(290);
    expect(counties).toHaveLength(21);
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(290);
    expect(new Set(municipalities.map((m) => m.name)).size).toBe(290);
    expect(new Set(counties.map((c) => c.code)).size).toBe(21);
  });

  it('writes municipality codes as 4 digits that start with their county code, and county codes as 2 digits', () => {
    for (const m of municipalities) {
      expect(m.code).toMatch(/^\d{4}$/);
      expect(m.code.startsWith(m.countyCode), `${m.code} ${m.name} in ${m.countyCode}`).toBe(true);
      expect(findCounty(m.countyCode), `${m.code} ${m.name}`).toBeDefined();
    }
    for (const c of counties) expect(c.code).toMatch(/^\d{2}$/);
  });

  it('gives every county at least one municipality, with the known counts for some', () => {
    for (const c of counties) expect(municipalitiesInCounty(c.code).length, c.name).toBeGreaterThan(0);
    expect(municipalitiesInCounty('01')).toHaveLength(26);
    expect(municipalitiesInCounty('09')).toHaveLength(1);
    expect(municipalitiesInCounty('12')).toHaveLength(33);
    expect(municipalitiesInCounty('14')).toHaveLength(49);
    expect(municipalitiesInCounty('25')).toHaveLength(14);
    expect(municipalitiesInCounty('99')).toEqual([]);
  });

  it.each([
    ['0180', 'Stockholm', '01'],
    ['1480', 'Göteborg', '14'],
    ['1280', 'Malmö', '12'],
    ['0380', 'Uppsala', '03'],
    ['2584', 'Kiruna', '25'],
    ['0114', 'Upplands Väsby', '01'],
    ['1060', 'Olofström', '10'],
    ['2361', 'Härjedalen', '23'],
    ['0980', 'Gotland', '09'],
  ])('finds %s %s in county %s', (code, name, countyCode) => {
    expect(findMunicipality(code)).toEqual({ code, name, countyCode });
    expect(isMunicipalityCode(code)).toBe(true);
  });

  it('finds counties by code', () => {
    expect(findCounty('01')).toEqual({ code: '01', name: 'Stockholms län' });
    expect(findCounty('14')?.name).toBe('Västra Götalands län');
    expect(findCounty('25')?.name).toBe('Norrbottens län');
    expect(isCountyCode('12')).toBe(true);
  });

  it.each(['0000', '0100', '180', '01800', '1483', 'abcd', '', ' 0180'])(
    'does not know municipality code %j',
    (code) => {
      expect(findMunicipality(code)).toBeUndefined();
      expect(isMunicipalityCode(code)).toBe(false);
      expect(municipalityCodeSchema.safeParse(code).success).toBe(false);
    },
  );

  it.each(['02', '11', '15', '16', '26', '1', '001', ''])('does not know county code %j', (code) => {
    expect(findCounty(code)).toBeUndefined();
    expect(isCountyCode(code)).toBe(false);
    expect(countyCodeSchema.safeParse(code).success).toBe(false);
  });

  it('rejects an unknown code with a message that names it', () => {
    const result = municipalityCodeSchema.safeParse('9999');
    expect(result.error?.issues[0]?.message).toMatch(/Unknown municipality code "9999"/);
    expect(countyCodeSchema.safeParse('99').error?.issues[0]?.message).toMatch(/Unknown county code "99"/);
    expect(municipalityCodeSchema.parse('0180')).toBe('0180');
  });

  it('keeps the reference data immutable', () => {
    expect(Object.isFrozen(municipalities)).toBe(true);
    expect(Object.isFrozen(municipalities[0])).toBe(true);
    expect(Object.isFrozen(counties)).toBe(true);
  });
});
