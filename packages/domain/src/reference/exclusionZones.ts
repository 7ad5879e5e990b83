import { z } from 'zod';
import {
  countyCodeSchema,
  findMunicipality,
  municipalities,
  municipalityCodeSchema,
  type CountyCode,
  type MunicipalityCode,
} from './municipalityRegistry.ts';

/** A place the person must not be moved to: one municipality, or every municipality of a county. */
export type ExclusionZone =
  { kind: 'municipality'; code: MunicipalityCode } | { kind: 'county'; code: CountyCode };

export const exclusionZoneSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('municipality'), code: municipalityCodeSchema }),
  z.object({ kind: z.literal('county'), code: countyCodeSchema }),
]);

/** True when the municipality lies in any of the zones (itself named, or its county named). */
export function isExcluded(municipalityCode: MunicipalityCode, zones: readonly ExclusionZone[]): boolean {
  const countyCode = findMunicipality(municipalityCode)?.countyCode;
  return zones.some((zone) => {
    switch (zone.kind) {
      case 'municipality':
        return zone.code === municipalityCode;
      case 'county':
        return zone.code === countyCode;
      default: {
        const _exhaustive: never = zone;
        return _exhaustive;
      }
    }
  });
}

/** Every municipality code covered by the zones; unknown codes cover nothing. */
export function expandZones(zones: readonly ExclusionZone[]): Set<MunicipalityCode> {
  const codes = new Set<MunicipalityCode>();
  for (const zone of zones) {
    switch (zone.kind) {
      case 'municipality':
        if (findMunicipality(zone.code)) codes.add(zone.code);
        break;
      case 'county':
        for (const m of municipalities) if (m.countyCode === zone.code) codes.add(m.code);
        break;
      default: {
        const _exhaustive: never = zone;
        return _exhaustive;
      }
    }
  }
  return codes;
}
