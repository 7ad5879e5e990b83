import { z } from 'zod';
import { findMunicipality, type CountyCode } from './municipalityRegistry.ts';
import { policeRegions, type PoliceRegion } from './policeRegionIds.ts';

export { policeRegions, type PoliceRegion } from './policeRegionIds.ts';

export const policeRegionSchema = z.enum(policeRegions);

export const policeRegionNames: Readonly<Record<PoliceRegion, string>> = Object.freeze({
  nord: 'Polisregion Nord',
  mitt: 'Polisregion Mitt',
  stockholm: 'Polisregion Stockholm',
  ost: 'Polisregion Öst',
  vast: 'Polisregion Väst',
  syd: 'Polisregion Syd',
  bergslagen: 'Polisregion Bergslagen',
});

/** Which police region covers each county (public fact, Polismyndigheten's regional division). */
const countiesByRegion: Readonly<Record<PoliceRegion, readonly CountyCode[]>> = Object.freeze({
  nord: ['22', '23', '24', '25'], // Västernorrland, Jämtland, Västerbotten, Norrbotten
  mitt: ['03', '19', '21'], // Uppsala, Västmanland, Gävleborg
  stockholm: ['01', '09'], // Stockholm, Gotland
  ost: ['04', '05', '06'], // Södermanland, Östergötland, Jönköping
  vast: ['13', '14'], // Halland, Västra Götaland
  syd: ['07', '08', '10', '12'], // Kronoberg, Kalmar, Blekinge, Skåne
  bergslagen: ['17', '18', '20'], // Värmland, Örebro, Dalarna
});

const regionByCounty: ReadonlyMap<CountyCode, PoliceRegion> = new Map(
  policeRegions.flatMap((region) => countiesByRegion[region].map((county) => [county, region] as const)),
);

export function isPoliceRegion(value: unknown): value is PoliceRegion {
  return typeof value === 'string' && (policeRegions as readonly string[]).includes(value);
}

export function policeRegionOfCounty(countyCode: CountyCode): PoliceRegion | undefined {
  return regionByCounty.get(countyCode);
}

export function policeRegionOfMunicipality(municipalityCode: string): PoliceRegion | undefined {
  const municipality = findMunicipality(municipalityCode);
  return municipality ? policeRegionOfCounty(municipality.countyCode) : undefined;
}

export function countiesOfPoliceRegion(region: PoliceRegion): readonly CountyCode[] {
  return countiesByRegion[region];
}
