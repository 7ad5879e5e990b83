import { describe, expect, it } from 'vitest';
import {
  counties,
  countiesOfPoliceRegion,
  isPoliceRegion,
  policeRegionOfCounty,
  policeRegionOfMunicipality,
  policeRegionSchema,
  policeRegions,
} from './municipalities.ts';

describe('police regions', () => {
  it('has the seven regions of docs/design.md', () => {
    expect([...policeRegions]).toEqual(['nord', 'mitt', 'stockholm', 'ost', 'vast', 'syd', 'bergslagen']);
  });

  it('puts every county in exactly one region', () => {
    const assigned = policeRegions.flatMap((region) => countiesOfPoliceRegion(region));
    expect(assigned).toHaveLength(21);
    expect(new Set(assigned)).toEqual(new Set(counties.map((c) => c.code)));
    for (const county of counties) expect(policeRegionOfCounty(county.code), county.name).toBeDefined();
  });

  it.each([
    ['01', 'stockholm'],
    ['09', 'stockholm'],
    ['14', 'vast'],
    ['13', 'vast'],
    ['12', 'syd'],
    ['10', 'syd'],
    ['07', 'syd'],
    ['08', 'syd'],
    ['05', 'ost'],
    ['06', 'ost'],
    ['04', 'ost'],
    ['18', 'bergslagen'],
    ['17', 'bergslagen'],
    ['20', 'bergslagen'],
    ['03', 'mitt'],
    ['19', 'mitt'],
    ['21', 'mitt'],
    ['22', 'nord'],
    ['23', 'nord'],
    ['24', 'nord'],
    ['25', 'nord'],
  ])('county %s is covered by police region %s', (county, region) => {
    expect(policeRegionOfCounty(county)).toBe(region);
  });

  it('finds the region of a municipality through its county', () => {
    expect(policeRegionOfMunicipality('2584')).toBe('nord');
    expect(policeRegionOfMunicipality('0484')).toBe('ost');
    expect(policeRegionOfMunicipality('9999')).toBeUndefined();
    expect(policeRegionOfCounty('99')).toBeUndefined();
  });

  it('validates region ids', () => {
    expect(isPoliceRegion('syd')).toBe(true);
    expect(isPoliceRegion('skane')).toBe(false);
    expect(policeRegionSchema.safeParse('vast').success).toBe(true);
    expect(policeRegionSchema.safeParse('väst').success).toBe(false);
  });
});
