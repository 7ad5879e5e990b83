import { coordinatorOrganisationId } from '../schemas/actor.ts';

/**
 * The national coordinator watches every stalled case (docs/design.md §4): each missed deadline and each escalation
 * notifies it beside the deadline's owner, and its dashboard lists every stalled case it takes part in.
 */
export const stalledCaseWatcher = coordinatorOrganisationId;

/** Whom a missed deadline or an escalation of it notifies: the watcher, then the deadline's owner. */
export function stalledCaseNotified(ownerOrganisationId: string): string[] {
  return [stalledCaseWatcher, ownerOrganisationId];
}
