import {
  coordinatorOrganisationId,
  municipalityOrganisationId,
  policeOrganisationId,
  policeRegionsOfCase,
} from '@relocation/domain';
import type { DomainEvent, RelocationState } from '@relocation/domain';
import type { Audience } from './audiences.ts';

const municipality = (code: string | null): string[] =>
  code === null ? [] : [municipalityOrganisationId(code)];

/** The owner of the deadline an event names, looked up before and after the event (a met one is gone after). */
function deadlineOwnerOf(event: DomainEvent, before: RelocationState, after: RelocationState): string[] {
  if (event.type === 'DeadlineScheduled') return [event.data.ownerOrganisationId];
  if (!('deadlineId' in event.data)) return [];
  const { deadlineId } = event.data;
  const deadline =
    after.deadlines.find((d) => d.deadlineId === deadlineId) ??
    before.deadlines.find((d) => d.deadlineId === deadlineId);
  return deadline === undefined ? [] : [deadline.ownerOrganisationId];
}

/** The organisation ids an audience names for one event, from the case's state before and after it. */
export function resolveAudience(
  audience: Audience,
  event: DomainEvent,
  before: RelocationState,
  after: RelocationState,
): string[] {
  switch (audience) {
    case 'sending':
      return municipality(after.sendingMunicipality);
    case 'proposed':
      return municipality(after.proposedMunicipality);
    case 'accepted':
      return municipality(after.acceptedMunicipality);
    case 'police':
      return [...policeRegionsOfCase(after)].sort().map(policeOrganisationId);
    case 'coordinator':
      return [coordinatorOrganisationId];
    case 'deadlineOwner':
      return deadlineOwnerOf(event, before, after);
    case 'escalationNotify':
      return event.type === 'EscalationRaised' ? [...event.data.notify] : [];
    case 'responsible':
      return municipality(after.responsibleMunicipality);
    case 'transferParties': {
      // Looked up before and after: the last step of a transfer closes the matter.
      const transfer = after.transfer ?? before.transfer;
      return transfer === null
        ? []
        : [...new Set([transfer.fromMunicipalityCode, transfer.toMunicipalityCode])].map(
            municipalityOrganisationId,
          );
    }
    default: {
      const _exhaustive: never = audience;
      return _exhaustive;
    }
  }
}
