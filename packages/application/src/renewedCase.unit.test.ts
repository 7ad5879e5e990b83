import { randomUUID } from 'node:crypto';
import { relocationStreamName, type Command, type SealedEnvelope } from '@relocation/domain';
import {
  actors,
  fakeSeal,
  fakeUnseal,
  fixedClock,
  historyTo,
  sampleCommands,
  sampleProviders,
} from '@relocation/domain/testing';
import { createInMemoryEventStore } from '@relocation/event-store';
import type { EventStore, RecordedEvent } from '@relocation/event-store';
import { describe, expect, it } from 'vitest';
import { createCommandHandler } from './createCommandHandler.ts';
import type { CommandHandlerDependencies } from './createCommandHandler.ts';
import { CommandRejectedError } from './errors.ts';

const withCase = <C extends Command>(command: C, relocationId: string): C => ({
  ...command,
  relocationId,
  commandId: randomUUID(),
});

function setUp(
  store: EventStore = createInMemoryEventStore(),
  overrides: Partial<CommandHandlerDependencies> = {},
) {
  const keysMade: string[] = [];
  const opened: string[] = [];
  const clock = fixedClock();
  const handler = createCommandHandler({
    store,
    sealerFor: async (relocationId) => {
      keysMade.push(relocationId);
      return (field, value) => fakeSeal(relocationId, field, value);
    },
    // The fake envelope names its case in the key id: an envelope of another case does not open.
    openerFor: async (relocationId) => (envelope, field) => {
      const sealed = envelope as SealedEnvelope;
      if (sealed.keyId !== fakeSeal(relocationId, field, null).keyId) throw new Error('another case');
      opened.push(`${relocationId}/${field}`);
      return fakeUnseal(sealed);
    },
    providers: sampleProviders,
    clock: () => new Date(clock.now()),
    newId: randomUUID,
    ...overrides,
  });
  return { store, handler, keysMade, opened };
}

async function readBack(store: EventStore, relocationId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(relocationStreamName(relocationId))) events.push(event);
  return events;
}

async function inFollowUp(handler: ReturnType<typeof setUp>['handler']): Promise<string> {
  const id = randomUUID();
  for (const command of historyTo.followUp()) await handler.handle(withCase(command, id));
  return id;
}

describe('RecordLocationCompromised through the command handler', () => {
  it('closes the old case and writes the linked case with the identity re-sealed under its own key', async () => {
    const { store, handler, keysMade, opened } = setUp();
    const oldId = await inFollowUp(handler);
    const result = await handler.handle(withCase(sampleCommands.compromise(), oldId));
    expect(result.state.status).toBe('closed');
    const newId = result.state.renewedRelocationId;
    expect(newId).not.toBeNull();
    const renewed = await readBack(store, newId!);
    // Handlers: Stockholm's caseworker (Stockholm is still responsible) and Umeå's recording supervisor.
    expect(renewed.map((e) => e.type)).toEqual([
      'RelocationInitiated',
      'ConsentRecorded',
      'HandlerAssigned',
      'HandlerAssigned',
    ]);
    const initiated = renewed[0]!.data as {
      person: SealedEnvelope;
      previousRelocationId: string;
      householdId: string;
    };
    expect(initiated).toMatchObject({ previousRelocationId: oldId, householdId: oldId });
    expect(initiated.person.keyId).toBe(fakeSeal(newId!, '', null).keyId);
    expect(fakeUnseal(initiated.person)).toMatchObject({ name: 'Test Testsson' });
    expect(opened).toEqual([
      `${oldId}/RelocationInitiated.person`,
      `${oldId}/ConsentRecorded.documentReference`,
    ]);
    expect(keysMade).toContain(newId);
  });

  it('writes the missing linked case when the request is repeated after a stop between the two appends', async () => {
    const inner = createInMemoryEventStore();
    let failNext = true;
    const store: EventStore = Object.assign(Object.create(inner) as EventStore, {
      appendToStream: (async (name, events, options) => {
        if (
          failNext &&
          options.expectedRevision === 'no_stream' &&
          events[0]?.type === 'RelocationInitiated'
        ) {
          const previous = (events[0].data as { previousRelocationId: string | null }).previousRelocationId;
          if (previous !== null) {
            failNext = false;
            throw new Error('the process stopped');
          }
        }
        return inner.appendToStream(name, events, options);
      }) satisfies EventStore['appendToStream'],
    });
    const { handler } = setUp(store);
    const oldId = await inFollowUp(handler);
    const compromise = withCase(sampleCommands.compromise(), oldId);
    await expect(handler.handle(compromise)).rejects.toThrow('the process stopped');
    const closed = await readBack(store, oldId);
    const newId = (
      closed.find((e) => e.type === 'LocationCompromised')?.data as { renewedRelocationId: string }
    ).renewedRelocationId;
    expect(await readBack(store, newId)).toEqual([]);

    const repeated = await handler.handle({ ...compromise, commandId: randomUUID() });
    expect(repeated).toMatchObject({ replayed: true, relocationId: oldId, revision: closed.length - 1 });
    expect((await readBack(store, newId)).map((e) => e.type)[0]).toBe('RelocationInitiated');
    expect(await readBack(store, oldId)).toHaveLength(closed.length);
    // Once written, a further repeat is refused like any command on a closed case.
    await expect(handler.handle({ ...compromise, commandId: randomUUID() })).rejects.toMatchObject({
      domainError: { code: 'NOT_ALLOWED_IN_STATE' },
    });
  });

  it('a retry with the same Idempotency-Key answers the first result and writes nothing twice', async () => {
    const { store, handler } = setUp();
    const oldId = await inFollowUp(handler);
    const compromise = withCase(sampleCommands.compromise(), oldId);
    const first = await handler.handle(compromise, { idempotencyKey: 'k-compromise' });
    const again = await handler.handle(compromise, { idempotencyKey: 'k-compromise' });
    expect(again.replayed).toBe(true);
    expect(again.state.renewedRelocationId).toBe(first.state.renewedRelocationId);
    expect(await readBack(store, first.state.renewedRelocationId!)).toHaveLength(4);
  });

  it('a refused command leaves both cases and the key store untouched', async () => {
    const { store, handler, keysMade, opened } = setUp();
    const oldId = await inFollowUp(handler);
    const before = await readBack(store, oldId);
    const keysBefore = [...keysMade];
    const everything = async () => (await store.readAll({ batchSize: 10_000 })).events.length;
    const total = await everything();
    for (const actor of [actors.sending, actors.coordinator, actors.outsider]) {
      await expect(
        handler.handle(withCase({ ...sampleCommands.compromise(), actor }, oldId)),
      ).rejects.toBeInstanceOf(CommandRejectedError);
    }
    expect(await readBack(store, oldId)).toEqual(before);
    expect(await everything()).toBe(total);
    expect(keysMade).toEqual(keysBefore);
    expect(opened).toEqual([]);
  });

  it('is a configuration error without an opener, before anything is appended', async () => {
    const store = createInMemoryEventStore();
    const { handler } = setUp(store, { openerFor: undefined });
    const oldId = await inFollowUp(handler);
    const before = await readBack(store, oldId);
    await expect(handler.handle(withCase(sampleCommands.compromise(), oldId))).rejects.toThrow('openerFor');
    expect(await readBack(store, oldId)).toEqual(before);
  });
});
