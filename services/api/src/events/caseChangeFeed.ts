import type { Principal } from '@relocation/access';
import { createCaseStates } from '@relocation/application';
import {
  caseAccessOf,
  decodeRelocationEvent,
  evolve,
  relocationIdOfStream,
  relocationStreamPrefix,
  UnreadableEventError,
} from '@relocation/domain';
import { caseUserOf } from '../security/caseAccess.ts';
import { createInMemoryCheckpointStore } from '@relocation/event-store';
import type { EventStore, RecordedEvent, Subscription } from '@relocation/event-store';
import { recipientsOf } from '@relocation/notifications';

/** "Case X changed": all a live update says; the console fetches the case over the API. */
export interface CaseChange {
  readonly relocationId: string;
  /** The global feed position of the change, as a decimal string (pass it as ?minPosition= when reading). */
  readonly position: string;
}

export interface CaseChangeListener {
  readonly principal: Principal;
  readonly send: (change: CaseChange) => void;
}

export interface CaseChangeFeed {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  readiness(): { readonly ready: boolean; readonly reason?: string };
  /**
   * Tells the listener of every change it may hear of from now on. Resolves, once the feed is followed from a
   * point after the call, to the function that stops listening; rejects (and listens to nothing) if the feed's end
   * cannot be read.
   */
  listen(listener: CaseChangeListener): Promise<() => void>;
  /** How many listeners are connected (for tests and metrics). */
  readonly listeners: number;
}

export interface CaseChangeFeedOptions {
  readonly store: Pick<EventStore, 'headCheckpoint' | 'readAll' | 'readStream' | 'subscribe'>;
  readonly pollIntervalMs?: number;
  /** Told of read errors the feed retries by itself, and of events it cannot read. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Follows the global event feed and tells each connected listener which cases changed for them, with the same
 * audience as the Kafka notifications (`recipientsOf`: the organisations the event concerns that take part in the
 * case after it, never the acting organisation), told only to users who may read the case (`caseAccessOf`: inside
 * a municipality only the assigned handlers and the supervisors). It starts at the feed's end (`headCheckpoint`):
 * a listener learns of changes from now on, so the past is never read again at a start. It follows the feed only
 * while someone listens: with nobody connected it reads nothing (under load every commit would otherwise cost
 * this process a read of the feed), and the first listener has it start again from the feed's end. A worker:
 * `start`, `stop` (no timer outlives it), `readiness`.
 */
const SUBSCRIBER_ID = 'console-case-changes';

export function createCaseChangeFeed(options: CaseChangeFeedOptions): CaseChangeFeed {
  const listeners = new Set<CaseChangeListener>();
  const states = createCaseStates(options.store);
  let subscription: Subscription | undefined;
  let running = false;

  const handle = async (recorded: RecordedEvent): Promise<void> => {
    if (listeners.size === 0) return;
    const relocationId = relocationIdOfStream(recorded.streamName);
    if (relocationId === null) return;
    let event;
    let before;
    try {
      event = decodeRelocationEvent(recorded);
      before = await states.before(recorded.streamName, recorded.revision);
    } catch (error) {
      // An unreadable event (a damaged or newer stream) or a failed read of the case is skipped, so that one
      // case does not stop every other case's updates; the console still sees it on its next read.
      options.onError?.(error instanceof UnreadableEventError ? error : new Error('case state unreadable'));
      return;
    }
    const after = evolve(before, event);
    states.remember(recorded.streamName, after);
    const recipients = new Set(recipientsOf(event, before, after));
    const change = { relocationId, position: recorded.globalPosition.toString() };
    for (const listener of listeners) {
      const { principal } = listener;
      if (!recipients.has(principal.organisationId)) continue;
      const user = caseUserOf(principal);
      if (user === undefined || caseAccessOf(after, user) === undefined) continue;
      listener.send(change);
    }
  };

  /** Follows the feed while started and listened to, and not otherwise: one change of course at a time. */
  let settled: Promise<void> = Promise.resolve();
  const settle = (): Promise<void> => {
    const next = settled.then(async () => {
      const wanted = running && listeners.size > 0;
      if (wanted && subscription === undefined) {
        const checkpoints = createInMemoryCheckpointStore();
        const head = await options.store.headCheckpoint();
        if (head !== undefined) await checkpoints.store(SUBSCRIBER_ID, head);
        subscription = options.store.subscribe({
          subscriberId: SUBSCRIBER_ID,
          checkpoints,
          streamPrefix: relocationStreamPrefix,
          pollIntervalMs: options.pollIntervalMs ?? 250,
          handle,
          ...(options.onError === undefined ? {} : { onError: options.onError }),
        });
      } else if (!wanted && subscription !== undefined) {
        const ending = subscription;
        subscription = undefined;
        await ending.stop();
      }
    });
    settled = next.catch(() => undefined);
    return next;
  };

  return {
    name: 'case-change-feed',
    async start() {
      running = true;
      await settle();
    },
    async stop() {
      running = false;
      listeners.clear();
      await settle();
    },
    readiness: () => (running ? { ready: true } : { ready: false, reason: 'stopped' }),
    async listen(listener) {
      listeners.add(listener);
      try {
        await settle();
      } catch (error) {
        listeners.delete(listener);
        throw error;
      }
      return () => {
        if (listeners.delete(listener) && listeners.size === 0) void settle().catch(() => undefined);
      };
    },
    get listeners() {
      return listeners.size;
    },
  };
}
