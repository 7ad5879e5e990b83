import type { CommandOf } from '../commands/command.ts';
import { domainError } from '../errors.ts';
import { outcomeMonths } from '../schemas/caseFacts.ts';
import type { EventDraft } from '../events/eventDraft.ts';
import { findMunicipality } from '../reference/municipalities.ts';
import type { ExclusionZone } from '../reference/municipalities.ts';
import type { RelocationState } from '../state/state.ts';
import type { Drafts } from '../decide/commandEvents.ts';
import type { DecideContext } from '../decide/decideContext.ts';

/**
 * RecordLocationCompromised on the old case (docs/design.md §3.4): the location the household arrived at is known
 * to the threat. The case records the compromise, names the linked case that relocates the household again (its
 * id is new) and closes with outcome `relocatedAgain`; the 6- and 12-month outcomes not yet recorded are
 * `relocatedAfterLeak`; open deadlines end with it (`deadlineEvents`). The linked
 * case itself is written by the caller from these events (`renewedCaseEvents`).
 */
export function locationCompromisedEvents(
  command: CommandOf<'RecordLocationCompromised'>,
  state: RelocationState,
  context: DecideContext,
): Drafts {
  const current = state.acceptedMunicipality;
  const county = current === null ? undefined : findMunicipality(current)?.countyCode;
  if (current === null || county === undefined) {
    return {
      ok: false,
      error: domainError(
        'NOT_ALLOWED_IN_STATE',
        'The household has no known location to record as compromised.',
      ),
    };
  }
  const { reason, exclusion, urgency } = command.payload;
  const exclusionZone: ExclusionZone =
    exclusion === 'county' ? { kind: 'county', code: county } : { kind: 'municipality', code: current };
  const drafts: EventDraft[] = [
    {
      type: 'LocationCompromised',
      data: {
        municipalityCode: current,
        exclusionZone,
        renewedRelocationId: context.newId(),
        urgency,
        reason: context.seal(command.relocationId, 'LocationCompromised.reason', reason),
      },
    },
    { type: 'CaseClosed', data: { outcome: 'relocatedAgain', notes: null } },
  ];
  // Where the household will be 6 and 12 months after this arrival is known now (issue 15): relocated again after
  // the leak. The outcomes not yet recorded are recorded with the compromise, so nobody has to record them later.
  for (const month of outcomeMonths) {
    if (!state.outcomesRecorded.includes(month)) {
      drafts.push({ type: 'OutcomeRecorded', data: { month, outcome: 'relocatedAfterLeak', notes: null } });
    }
  }
  return { ok: true, drafts };
}
