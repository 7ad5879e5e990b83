import type { EventStoreDBClient } from '@eventstore/db-client';
import { buildVerifyReport } from '@relocation/event-store';
import type { RecordedEvent, StreamToVerify, VerifyReport } from '@relocation/event-store';
import { readAllEvents } from './readAllEvents.ts';
import { readStreamEvents } from './readStream.ts';

/** The names of the store's streams, in the order `$all` first shows them. */
async function streamNamesInFeed(
  client: EventStoreDBClient,
  namespace: string,
  streamPrefix: string | undefined,
): Promise<string[]> {
  const names = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const batch = await readAllEvents(client, namespace, {
      ...(after === undefined ? {} : { after }),
      ...(streamPrefix === undefined ? {} : { streamPrefix }),
    });
    for (const event of batch.events) {
      names.add(event.streamName);
    }
    if (batch.events.length === 0) {
      return [...names];
    }
    after = batch.checkpoint;
  }
}

async function* streamsToVerify(
  client: EventStoreDBClient,
  namespace: string,
  names: readonly string[],
): AsyncGenerator<StreamToVerify> {
  for (const streamName of names) {
    const events: RecordedEvent[] = [];
    for await (const event of readStreamEvents(client, namespace, streamName)) {
      events.push(event);
    }
    yield { streamName, events };
  }
}

/**
 * Finds the store's streams through `$all`, reads each one and checks its hash chain with the shared verify logic.
 * KurrentDB keeps no stream head apart from the events, so a truncated tail is not detectable here; events hidden
 * at the start (truncate-before, `$tb`) show as a chain that starts late.
 */
export async function verifyStore(
  client: EventStoreDBClient,
  namespace: string,
  streamPrefix: string | undefined,
): Promise<VerifyReport> {
  const names = await streamNamesInFeed(client, namespace, streamPrefix);
  return buildVerifyReport(streamsToVerify(client, namespace, names));
}
