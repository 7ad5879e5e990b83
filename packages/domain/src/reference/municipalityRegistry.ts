import { z } from 'zod';
import { countyRows } from './data/counties.ts';
import { municipalityRows } from './data/municipalities.ts';

/** Four-digit kommunkod, e.g. `0180` (Stockholm). */
export type MunicipalityCode = string;
/** Two-digit länskod, e.g. `01` (Stockholms län). */
export type CountyCode = string;

export interface Municipality {
  readonly code: MunicipalityCode;
  readonly name: string;
  readonly countyCode: CountyCode;
}

export interface County {
  readonly code: CountyCode;
  readonly name: string;
}

export const counties: readonly County[] = Object.freeze(
  countyRows.map(([code, name]) => Object.freeze({ code, name })),
);

export const municipalities: readonly Municipality[] = Object.freeze(
  municipalityRows.map(([code, name, countyCode]) => Object.freeze({ code, name, countyCode })),
);

const municipalitiesByCode: ReadonlyMap<string, Municipality> = new Map(
  municipalities.map((m) => [m.code, m]),
);
const countiesByCode: ReadonlyMap<string, County> = new Map(counties.map((c) => [c.code, c]));

export function findMunicipality(code: string): Municipality | undefined {
  return municipalitiesByCode.get(code);
}

export function findCounty(code: string): County | undefined {
  return countiesByCode.get(code);
}

export function isMunicipalityCode(code: unknown): code is MunicipalityCode {
  return typeof code === 'string' && municipalitiesByCode.has(code);
}

export function isCountyCode(code: unknown): code is CountyCode {
  return typeof code === 'string' && countiesByCode.has(code);
}

/** The municipalities of one county, in code order; empty for an unknown county. */
export function municipalitiesInCounty(countyCode: string): readonly Municipality[] {
  return municipalities.filter((m) => m.countyCode === countyCode);
}

export const municipalityCodeSchema = z.string().refine(isMunicipalityCode, {
  error: (issue) =>
    `Unknown municipality code ${JSON.stringify(issue.input)}: expected one of the 290 four-digit kommunkoder (e.g. "0180" Stockholm)`,
});

export const countyCodeSchema = z.string().refine(isCountyCode, {
  error: (issue) =>
    `Unknown county code ${JSON.stringify(issue.input)}: expected one of the 21 two-digit länskoder (e.g. "01" Stockholms län)`,
});
