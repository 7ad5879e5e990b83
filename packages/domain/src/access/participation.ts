import { policeRegionOfMunicipality } from '../reference/municipalities.ts';
import {
  auditOrganisationId,
  coordinatorOrganisationId,
  municipalityCodeOf,
  policeRegionOf,
} from '../schemas/actor.ts';
import type { RelocationState } from '../state/state.ts';

export const participations = [
  'sending',
  'proposedReceiving',
  'acceptedReceiving',
  'receiving',
  'responsible',
  'transferCounterparty',
  'police',
  'coordinator',
  'auditor',
  'declined',
  'system',
  'none',
] as const;
export type Participation = (typeof participations)[number];

/**
 * How an organisation takes part in a case. Consent is built in: the police, the coordinator and a proposed or
 * accepted receiving municipality take part only while the recorded consent covers them, so after
 * ConsentWithdrawn only the sending municipality (and, after arrival, the responsible receiving municipality, which
 * holds the case by law) remain. A municipality that declined is `declined` and loses access.
 * `receiving` is the accepted municipality once the person has arrived (the vistelsekommun; arrival does not make it
 * responsible). `responsible` is a municipality that took over the case (transfer, IVO, settling) without being the
 * sending or receiving one; it keeps access whatever consent says, as the sending one does, because it holds the
 * case by law. `transferCounterparty` is a municipality asked to take over the case, while the request is open.
 * `system` is a service acting on the workflow (the deadline monitor), never a person.
 */
export function participationOf(state: RelocationState, organisationId: string): Participation {
  if (organisationId === auditOrganisationId) return 'auditor';
  if (organisationId.startsWith('system:')) return 'system';
  if (organisationId === coordinatorOrganisationId)
    return state.consents.includes('coordinator') ? 'coordinator' : 'none';
  const region = policeRegionOf(organisationId);
  if (region !== null) {
    if (!state.consents.includes('police')) return 'none';
    return policeRegionsOfCase(state).has(region) ? 'police' : 'none';
  }
  const code = municipalityCodeOf(organisationId);
  if (code === null) return 'none';
  if (code === state.sendingMunicipality) return 'sending';
  if (code === state.acceptedMunicipality && state.arrivedOn !== null) return 'receiving';
  const receivingConsent = state.consents.includes('receivingMunicipality');
  if (code === state.acceptedMunicipality && receivingConsent) return 'acceptedReceiving';
  if (code === state.proposedMunicipality && receivingConsent) return 'proposedReceiving';
  if (code === state.responsibleMunicipality) return 'responsible';
  if (code === state.transfer?.toMunicipalityCode && receivingConsent) return 'transferCounterparty';
  if (state.declined.includes(code)) return 'declined';
  return 'none';
}

/** The police regions of the sending municipality and of a proposed or accepted receiving municipality. */
export function policeRegionsOfCase(state: RelocationState): Set<string> {
  const regions = new Set<string>();
  for (const code of [state.sendingMunicipality, state.proposedMunicipality, state.acceptedMunicipality]) {
    const region = code === null ? undefined : policeRegionOfMunicipality(code);
    if (region !== undefined) regions.add(region);
  }
  return regions;
}

/** The responsible municipality's organisation id check: exactly one municipality is responsible at a time. */
export function isResponsibleMunicipality(state: RelocationState, organisationId: string): boolean {
  const code = municipalityCodeOf(organisationId);
  return code !== null && code === state.responsibleMunicipality;
}
