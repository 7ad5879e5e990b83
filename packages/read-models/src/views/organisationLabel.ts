import {
  coordinatorOrganisationId,
  municipalityCodeOf,
  municipalityOrganisationId,
  policeOrganisationId,
  policeRegionOfMunicipality,
  type RelocationState,
} from '@relocation/domain';
import type { View } from './viewFor.ts';

export const WITHHELD = 'withheld';

/**
 * Names an organisation to the caller, or says `withheld`. A party that may not see the receiving municipality (a
 * proposed municipality before it accepts) would otherwise learn it, or earlier candidates, from who owns a
 * deadline or who acted; it sees only itself, the sending municipality, their police regions, the coordinator and
 * services.
 */
export function organisationLabel(
  organisationId: string,
  view: View,
  state: RelocationState,
  callerOrganisationId: string,
): string {
  if (view.sees('receivingMunicipality')) return organisationId;
  const known = new Set<string>([callerOrganisationId, coordinatorOrganisationId]);
  for (const code of [state.sendingMunicipality, municipalityCodeOf(callerOrganisationId)]) {
    if (code === null) continue;
    known.add(municipalityOrganisationId(code));
    const region = policeRegionOfMunicipality(code);
    if (region !== undefined) known.add(policeOrganisationId(region));
  }
  return known.has(organisationId) || organisationId.startsWith('system:') ? organisationId : WITHHELD;
}
