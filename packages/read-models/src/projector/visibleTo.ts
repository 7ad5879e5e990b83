import {
  coordinatorOrganisationId,
  municipalityOrganisationId,
  organisationSeesCase,
  policeOrganisationId,
  policeRegionOfMunicipality,
  type RelocationState,
} from '@relocation/domain';

/**
 * The organisations that may list the case: every organisation that ever took part in it (sending, proposed,
 * accepted, declined and refused municipalities, the police regions of all of them, the coordinator), kept only
 * while the domain's `organisationSeesCase` says they take part. A municipality that declined, a party the consent no
 * longer covers, the auditor and services drop out. Sorted, so that replays store the same array.
 */
export function visibleTo(state: RelocationState): string[] {
  const codes = [
    state.sendingMunicipality,
    state.proposedMunicipality,
    state.acceptedMunicipality,
    state.responsibleMunicipality,
    state.transfer?.toMunicipalityCode ?? null,
    ...state.declined,
    ...state.refused,
  ].filter((code): code is string => code !== null);
  const candidates = new Set<string>([coordinatorOrganisationId]);
  for (const code of codes) {
    candidates.add(municipalityOrganisationId(code));
    const region = policeRegionOfMunicipality(code);
    if (region !== undefined) candidates.add(policeOrganisationId(region));
  }
  return [...candidates].filter((org) => organisationSeesCase(state, org)).sort();
}
