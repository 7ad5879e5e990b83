/**
 * The rules of docs/design.md §3 as pure checks. The machine's guards call them, and `decide` calls the same functions
 * to tell the caseworker which rule refused the command.
 */
import type { DomainErrorCode } from '../errors.ts';
import type { EscalationEffect, SuspendableStatus } from '../events/eventData.ts';
import { expandZones, isExcluded, isMunicipalityCode } from '../reference/municipalities.ts';
import type { ExclusionZone } from '../reference/municipalities.ts';
import type { WorkflowContext } from './workflowContext.ts';
import type { UnitStanding } from '../decide/decideContext.ts';

/** Submission shares the case with the police and the coordinator, so both must be covered by consent. */
export function submissionConsentRule(context: WorkflowContext): DomainErrorCode | null {
  return context.consents.includes('police') && context.consents.includes('coordinator')
    ? null
    : 'CONSENT_MISSING';
}

/** A case may be proposed to a municipality only once the person consented to share it with one. */
export function proposalConsentRule(context: WorkflowContext): DomainErrorCode | null {
  return context.consents.includes('receivingMunicipality') ? null : 'CONSENT_MISSING';
}

/** A proposal never names an excluded, declined or refused municipality, nor the sending one. */
export function destinationRule(context: WorkflowContext, municipalityCode: string): DomainErrorCode | null {
  const consent = proposalConsentRule(context);
  if (consent !== null) return consent;
  if (!isMunicipalityCode(municipalityCode)) return 'UNKNOWN_MUNICIPALITY';
  if (municipalityCode === context.sending) return 'SENDING_MUNICIPALITY';
  if (isExcluded(municipalityCode, context.zones)) return 'MUNICIPALITY_EXCLUDED';
  if (context.declined.includes(municipalityCode)) return 'ALREADY_DECLINED';
  if (context.refused.includes(municipalityCode)) return 'ALREADY_REFUSED';
  return null;
}

/** Protected housing names a provider holding a valid IVO permit on the planned move date. */
export function providerRule(providerPermitted: boolean): DomainErrorCode | null {
  return providerPermitted ? null : 'PROVIDER_NOT_PERMITTED';
}

/**
 * A direct placement (docs/design.md §3.3): only in an acute case; the destination obeys the proposal's rules
 * (consent to share with a municipality, known, not the sending one, not excluded, declined or refused); the unit may
 * operate on the move date (IVO permit, applied for and allowed to operate, or a municipal unit notified to IVO) and
 * lies in the destination municipality. A unit of protected housing is refused while a child lacks a guardian's
 * consent and the court's decision allowing it (lag 2024:79, as for an acceptance).
 */
export function directPlacementRule(
  context: WorkflowContext,
  municipalityCode: string,
  unit: UnitStanding,
  protectedHousing = false,
): DomainErrorCode | null {
  if (!context.acute) return 'NOT_ACUTE';
  const destination = destinationRule(context, municipalityCode);
  if (destination !== null) return destination;
  if (unit === 'notPermitted') return 'UNIT_NOT_PERMITTED';
  if (unit === 'elsewhere') return 'UNIT_NOT_IN_MUNICIPALITY';
  return guardianConsentRule(context, protectedHousing);
}

/** A destination is cleared by the police before arrival can be confirmed. */
export function clearanceRule(context: WorkflowContext): DomainErrorCode | null {
  return context.cleared ? null : 'CLEARANCE_MISSING';
}

/**
 * What a threat escalation does, by the state it arrives in:
 * - before any acceptance (threatAssessment, matching, awaitingReceiverDecision) the earlier assessment is out of
 *   date, so the case returns to threatAssessment and the police assess again; a pending proposal is withdrawn
 *   (the municipality may be proposed again later unless the new zones exclude it);
 * - after an acceptance (destinationClearance, awaitingArrival) the acceptance stands only if its municipality lies
 *   outside every exclusion zone, old and new: then the destination must be cleared again (destinationClearance);
 *   otherwise the acceptance lapses and the case returns to matching (the municipality is now excluded).
 * Escalation is not accepted in draft (the police do not know the case yet), while suspended (resume first), nor
 * after arrival.
 */
export function escalationEffect(
  from: SuspendableStatus,
  context: WorkflowContext,
  newZones: readonly ExclusionZone[],
): EscalationEffect {
  if (from === 'destinationClearance' || from === 'awaitingArrival') {
    const excluded = expandZones([...context.zones, ...newZones]);
    return context.accepted !== null && excluded.has(context.accepted)
      ? 'acceptanceLapsed'
      : 'clearanceRequired';
  }
  return 'reassessment';
}

export function escalationLapsesAcceptance(
  context: WorkflowContext,
  newZones: readonly ExclusionZone[],
): boolean {
  return escalationEffect('destinationClearance', context, newZones) === 'acceptanceLapsed';
}

/**
 * A children's impact assessment (barnkonsekvensanalys) is recorded for every child before a municipality is
 * proposed, and again, after the proposal, before the municipality accepts (docs/design.md §3.2).
 */
export function childImpactRule(
  context: WorkflowContext,
  before: 'proposal' | 'acceptance',
): DomainErrorCode | null {
  const missing = context.children.some((child) =>
    before === 'proposal' ? !child.assessed : !child.assessedForAcceptance,
  );
  return missing ? 'CHILD_IMPACT_ASSESSMENT_MISSING' : null;
}

/**
 * Protected housing for a child whose guardian has not consented needs the administrative court's decision allowing
 * it (lag 2024:79 om placering av barn i skyddat boende); until then a reception plan in protected housing is refused.
 */
export function guardianConsentRule(
  context: WorkflowContext,
  protectedHousing: boolean,
): DomainErrorCode | null {
  if (!protectedHousing) return null;
  const blocked = context.children.some(
    (child) => child.guardianMissing && child.court !== 'placementAllowed',
  );
  return blocked ? 'GUARDIAN_CONSENT_MISSING' : null;
}

/** A proposal: the destination rules, then every child's impact assessment. */
export function proposalRule(context: WorkflowContext, municipalityCode: string): DomainErrorCode | null {
  return destinationRule(context, municipalityCode) ?? childImpactRule(context, 'proposal');
}

/** An acceptance: every child's impact assessment again, a guardian's consent or the court, then the provider. */
export function acceptanceRule(
  context: WorkflowContext,
  providerPermitted: boolean,
  protectedHousing: boolean,
): DomainErrorCode | null {
  return (
    childImpactRule(context, 'acceptance') ??
    guardianConsentRule(context, protectedHousing) ??
    providerRule(providerPermitted)
  );
}
