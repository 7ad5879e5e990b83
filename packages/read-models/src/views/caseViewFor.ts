import {
  householdCounts,
  identityWithheld,
  memberIdentityWithheld,
  openedIdentity,
  type Participation,
  type SealedEnvelope,
} from '@relocation/domain';
import type { CaseRecord } from '../projector/caseRecord.ts';
import {
  identityHistoryEntrySchema,
  identityViewSchema,
  receptionPlanDetailsViewSchema,
  threatDetailsViewSchema,
  type CaseView,
} from './caseViewSchema.ts';
import type { Opened } from './opener.ts';
import { identityTrailVisible } from './identityTrail.ts';
import { memberPseudonymOf, pseudonymOf } from './pseudonym.ts';
import { viewFor } from './viewFor.ts';
import { workflowView } from './workflowView.ts';

export interface CaseViewInput {
  readonly record: CaseRecord;
  readonly participation: Participation;
  readonly callerOrganisationId: string;
  /** The caller's user id: for a person with protected identity only assigned handlers see the identity. */
  readonly callerUserId?: string;
  /** Opens an envelope of this case (see `lazyOpener`); called only for data the caller may see. */
  /** Opens an envelope found in `field` (`EventType.field`, what it is bound to). */
  readonly open: (envelope: SealedEnvelope, field: string) => Promise<Opened>;
  readonly now: Date;
  /**
   * For list entries: no sealed data at all (identity, threat details, reception plan), whoever asks, and no key
   * is fetched. Everything else is redacted exactly like the detail.
   */
  readonly summary?: boolean;
}

/**
 * One case redacted for one party: exactly the blocks its view grants. Sealed data is opened only for a class the
 * view grants; if the case key was destroyed (erasure), the view says `erased` and leaves the sealed data out.
 */
export async function caseViewFor(input: CaseViewInput): Promise<CaseView> {
  const { record, participation } = input;
  const { state } = record;
  const view = viewFor(participation);
  let erased = false;
  const open = async (envelope: SealedEnvelope | null, field: string): Promise<{ value?: unknown }> => {
    if (envelope === null || input.summary === true) return {};
    const opened = await input.open(envelope, field);
    if ('erased' in opened) {
      erased = true;
      return {};
    }
    return { value: opened.value };
  };

  const result: { -readonly [K in keyof CaseView]: CaseView[K] } = {
    relocationId: record.relocationId,
    participation,
  };
  if (view.sees('pseudonym')) result.pseudonym = pseudonymOf(record.relocationId);
  if (view.sees('workflow')) {
    result.workflow = workflowView(record, view, input.callerOrganisationId, input.now);
    result.handlers = (state.handlers ?? [])
      .filter((handler) => handler.organisationId === input.callerOrganisationId)
      .map((handler) => ({ userId: handler.userId }));
  }
  if (view.sees('identity') && !identityWithheld(state, input.callerOrganisationId, input.callerUserId)) {
    // The current identity: the last one the police recorded (fingerade personuppgifter), else the first. An
    // identity sealed before the four protection levels is read with today's level (`openedIdentity`).
    const changes = record.identityChangesSealed ?? [];
    const latest = changes.at(-1);
    const identity =
      latest === undefined
        ? await open(record.personSealed, 'RelocationInitiated.person')
        : await open(latest, 'IdentityChanged.identity');
    if ('value' in identity) result.identity = identityViewSchema.parse(openedIdentity(identity.value));
    if (
      changes.length > 0 &&
      identityTrailVisible(view, state, input.callerOrganisationId, input.callerUserId)
    ) {
      const history: NonNullable<CaseView['identityHistory']> = [];
      const first = await open(record.personSealed, 'RelocationInitiated.person');
      if ('value' in first) {
        history.push(
          identityHistoryEntrySchema.parse({ ...(openedIdentity(first.value) as object), decidedOn: null }),
        );
      }
      for (const change of changes) {
        const opened = await open(change, 'IdentityChanged.identity');
        if ('value' in opened) history.push(identityHistoryEntrySchema.parse(openedIdentity(opened.value)));
      }
      result.identityHistory = history;
    }
  }
  if (view.sees('householdAndNeeds')) {
    const members = state.householdMembers ?? [];
    const shown: NonNullable<NonNullable<CaseView['householdAndNeeds']>['members']> = [];
    for (const member of members) {
      const { identity: sealed, ...plain } = member;
      const entry: (typeof shown)[number] = {
        ...plain,
        pseudonym: memberPseudonymOf(record.relocationId, member.memberId),
      };
      // Need to know per member exactly as for the principal (docs/design.md §3.2, §5).
      const mayOpen =
        view.sees('identity') &&
        !identityWithheld(state, input.callerOrganisationId, input.callerUserId) &&
        !memberIdentityWithheld(state, member, input.callerOrganisationId, input.callerUserId);
      if (mayOpen) {
        const identity = await open(sealed, 'HouseholdMemberAdded.identity');
        if ('value' in identity) entry.identity = identityViewSchema.parse(identity.value);
      }
      shown.push(entry);
    }
    result.householdAndNeeds = {
      household: householdCounts(record.household, members, input.now.getUTCFullYear()),
      needs: [...(record.needs ?? [])],
      ...(members.length === 0 ? {} : { members: shown }),
    };
  }
  if (view.sees('threatLevel') || view.sees('threatLevelAndConstraints') || view.sees('threatDetails')) {
    const threat: NonNullable<CaseView['threat']> = { level: state.threatLevel };
    if (view.sees('threatLevelAndConstraints') || view.sees('threatDetails')) {
      threat.validUntil = record.threatValidUntil;
      threat.exclusionZones = state.exclusionZones.map((zone) => ({ kind: zone.kind, code: zone.code }));
    }
    if (view.sees('threatDetails')) {
      const details = await open(record.threatDetailsSealed, 'ThreatAssessmentRecorded.details');
      if ('value' in details) threat.details = threatDetailsViewSchema.parse(details.value);
    }
    result.threat = threat;
  }
  if (view.sees('receivingMunicipality')) {
    result.receivingMunicipality = {
      proposed: state.proposedMunicipality,
      accepted: state.acceptedMunicipality,
      declined: [...state.declined],
      refused: [...state.refused],
    };
  }
  if (view.sees('receptionPlan')) {
    const receptionPlan: NonNullable<CaseView['receptionPlan']> = {
      municipalityCode: state.acceptedMunicipality,
      housingType: record.housingType,
      providerId: record.providerId,
      plannedMoveDate: state.plannedMoveDate,
    };
    const plan = await open(record.receptionPlanSealed, 'HandoverAccepted.receptionPlan');
    if ('value' in plan) receptionPlan.plan = receptionPlanDetailsViewSchema.parse(plan.value);
    result.receptionPlan = receptionPlan;
  }
  if (erased || state.erased === true) result.erased = true;
  return result;
}
