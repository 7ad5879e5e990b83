import type { CaseView, Reference } from '../api/types.ts';

/**
 * The matching helper: the municipalities the coordinator may propose, derived from what the API returned for the
 * case (the sending municipality, those that declined or were refused, and the exclusion zones the coordinator is
 * shown). The API decides again when the proposal is sent and names a refusal at the field.
 */
export function proposableMunicipalities(view: CaseView, reference: Reference | undefined): string[] | undefined {
  if (reference === undefined) return undefined;
  const blocked = new Set<string>([
    ...(view.workflow?.sendingMunicipality ? [view.workflow.sendingMunicipality] : []),
    ...(view.receivingMunicipality?.declined ?? []),
    ...(view.receivingMunicipality?.refused ?? []),
  ]);
  const zones = view.threat?.exclusionZones ?? [];
  const excludedCounties = new Set(zones.filter((z) => z.kind === 'county').map((z) => z.code));
  for (const zone of zones) if (zone.kind === 'municipality') blocked.add(zone.code);
  return reference.municipalities
    .filter((m) => !blocked.has(m.code) && !excludedCounties.has(m.countyCode))
    .map((m) => m.code);
}
