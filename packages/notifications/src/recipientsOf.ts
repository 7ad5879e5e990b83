import { organisationSeesCase } from '@relocation/domain';
import type { DomainEvent, RelocationState } from '@relocation/domain';
import { recipientTable } from './recipientTable.ts';
import { resolveAudience } from './resolveAudience.ts';

/**
 * The organisations an event concerns, in a stable order and without repeats. Pure: `before` and `after` are the
 * case's state before and after the event (`after = evolve(before, event)`). An organisation is notified only if
 * it takes part in the case after the event (the domain's `organisationSeesCase`: the need-to-know matrix grants it
 * the workflow; consent covers it, it has not declined), and never about its own action.
 */
export function recipientsOf(
  event: DomainEvent,
  before: RelocationState,
  after: RelocationState,
): readonly string[] {
  const actorOrganisation = event.metadata.actor.organisationId;
  const recipients: string[] = [];
  for (const audience of recipientTable[event.type]) {
    for (const organisationId of resolveAudience(audience, event, before, after)) {
      if (organisationId === actorOrganisation || recipients.includes(organisationId)) continue;
      if (!organisationSeesCase(after, organisationId)) continue;
      recipients.push(organisationId);
    }
  }
  return recipients;
}
