import {
  decodeRelocationEvent,
  evolve,
  relocationIdOfStream,
  UnreadableEventError,
} from '@relocation/domain';
import type { RecordedEvent } from '@relocation/event-store';
import type { NotificationMessage } from '@relocation/kafka';
import { recipientsOf } from '@relocation/notifications';
import type { CaseStates } from '@relocation/application';

/**
 * The notifications for a batch of recorded events, in feed order: one per event and recipient, carrying ids, the
 * event type, its time and feed position, and nothing else (the recipient fetches details over the API).
 * An event that does not parse (a damaged or newer stream) cannot be told about: it is reported to `onUnreadable`
 * and skipped, so that one bad stream does not stop every other case's notifications.
 */
export async function notificationsOf(
  events: readonly RecordedEvent[],
  states: CaseStates,
  onUnreadable: (event: RecordedEvent) => void = () => undefined,
): Promise<NotificationMessage[]> {
  const notifications: NotificationMessage[] = [];
  for (const recorded of events) {
    const relocationId = relocationIdOfStream(recorded.streamName);
    if (relocationId === null) continue;
    let event;
    let before;
    try {
      event = decodeRelocationEvent(recorded);
      before = await states.before(recorded.streamName, recorded.revision);
    } catch (error) {
      if (!(error instanceof UnreadableEventError)) throw error;
      onUnreadable(recorded);
      continue;
    }
    const after = evolve(before, event);
    states.remember(recorded.streamName, after);
    for (const recipient of recipientsOf(event, before, after)) {
      notifications.push({
        eventId: event.metadata.eventId,
        relocationId,
        type: event.type,
        occurredAt: event.metadata.occurredAt,
        recipient,
        position: recorded.globalPosition.toString(),
      });
    }
  }
  return notifications;
}
