import { randomUUID } from 'node:crypto';
import { relocationStreamName, type Command } from '@relocation/domain';
import {
  actors,
  fakeSeal,
  fakeUnseal,
  fixedClock,
  happyPath,
  historyTo,
  sampleCommands,
  sampleProviders,
  sequentialIds,
} from '@relocation/domain/testing';
import { createInMemoryEventStore } from '@relocation/event-store';
import type { EventStore, NewEvent, RecordedEvent } from '@relocation/event-store';
import { describe, expect, it } from 'vitest';
import { createCommandHandler } from './createCommandHandler.ts';
import { loadRelocation } from './loadRelocation.ts';
import type { CommandHandlerDependencies } from './createCommandHandler.ts';
import { CommandRejectedError, ConcurrentUpdateError, PreconditionFailedError } from './errors.ts';

const withCase = <C extends Command>(command: C, relocationId: string): C => ({
  ...command,
  relocationId,
  commandId: randomUUID(),
});

const setUp = (
  store: EventStore = createInMemoryEventStore(),
  overrides: Partial<CommandHandlerDependencies> = {},
) => {
  const sealed: string[] = [];
  const clock = fixedClock();
  const handler = createCommandHandler({
    store,
    sealerFor: async (relocationId) => {
      sealed.push(relocationId);
      return (field, value) => fakeSeal(relocationId, field, value);
    },
    providers: sampleProviders,
    clock: () => new Date(clock.now()),
    newId: sequentialIds(),
    ...overrides,
  });
  return { store, handler, sealed, clock };
};

const readBack = async (store: EventStore, relocationId: string): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(relocationStreamName(relocationId))) events.push(event);
  return events;
};

const run = async (
  handler: ReturnType<typeof setUp>['handler'],
  commands: Command[],
  relocationId: string,
) => {
  for (const command of commands) await handler.handle(withCase(command, relocationId));
};

describe('createCommandHandler', () => {
  it('runs the whole happy path, storing events with their ids, versions and sealed personal data', async () => {
    const { store, handler } = setUp();
    const id = randomUUID();
    let last;
    for (const command of happyPath()) last = await handler.handle(withCase(command, id));
    expect(last?.state.status).toBe('closed');
    const stored = await readBack(store, id);
    expect(last?.revision).toBe(stored.length - 1);
    expect(last?.state.revision).toBe(stored.length - 1);
    expect(last?.position).toBe(stored.at(-1)?.globalPosition);
    const first = stored[0];
    expect(first?.type).toBe('RelocationInitiated');
    expect(first?.metadata).toMatchObject({ version: 2, actor: actors.sending });
    expect(first?.id).toBe(first?.metadata.eventId);
    expect(JSON.stringify(stored.map((e) => e.data))).not.toContain('Test Testsson');
    const person = (first?.data as { person: Parameters<typeof fakeUnseal>[0] }).person;
    expect(fakeUnseal(person)).toMatchObject({ name: 'Test Testsson' });
  });

  it('throws the domain rejection, appends nothing and creates no data key', async () => {
    const { store, handler, sealed } = setUp();
    const id = randomUUID();
    await run(handler, historyTo.draft(), id);
    sealed.length = 0;
    const attempt = handler.handle(withCase(sampleCommands.assess(), id));
    await expect(attempt).rejects.toBeInstanceOf(CommandRejectedError);
    await expect(attempt).rejects.toMatchObject({ domainError: { code: 'NOT_A_PARTICIPANT' } });
    expect(await readBack(store, id)).toHaveLength(1);
    expect(sealed).toEqual([]);
    const missing = randomUUID();
    await expect(handler.handle(withCase(sampleCommands.submit(), missing))).rejects.toMatchObject({
      domainError: { code: 'CASE_NOT_FOUND' },
    });
    expect(sealed).toEqual([]);
  });

  it('decides a command once and fetches the data key only when the accepted command seals something', async () => {
    let decided = 0;
    const { handler, sealed } = setUp(undefined, {
      clock: () => {
        decided += 1;
        return new Date('2026-03-02T09:00:00.000Z');
      },
    });
    const id = randomUUID();
    const commands = happyPath();
    const submit = commands.findIndex((command) => command.type === 'SubmitRelocation');
    await handler.handle(withCase(commands[0]!, id));
    expect(decided).toBe(1);
    expect(sealed).toEqual([id]);
    await run(handler, commands.slice(1, submit), id);
    sealed.length = 0;
    decided = 0;
    await handler.handle(withCase(commands[submit]!, id));
    expect(decided).toBe(1);
    expect(sealed).toEqual([]);
  });

  it('refuses a stale If-Match with 412 before deciding, and accepts the current one', async () => {
    const { store, handler } = setUp();
    const id = randomUUID();
    await run(handler, historyTo.draft(), id);
    const stale = handler.handle(withCase(sampleCommands.consentAll(), id), { ifMatch: 5 });
    await expect(stale).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(stale).rejects.toMatchObject({ currentRevision: 0, expectedRevision: 5 });
    expect(await readBack(store, id)).toHaveLength(1);
    const ok = await handler.handle(withCase(sampleCommands.consentAll(), id), { ifMatch: 0 });
    expect(ok.revision).toBe(1);
  });

  it('answers an organisation outside the case "not found" even with a stale If-Match', async () => {
    const { handler } = setUp();
    const id = randomUUID();
    await run(handler, historyTo.draft(), id);
    const outsider = { ...withCase(sampleCommands.consentAll(), id), actor: actors.outsider };
    await expect(handler.handle(outsider, { ifMatch: 7 })).rejects.toMatchObject({
      domainError: { code: 'NOT_A_PARTICIPANT' },
    });
    await expect(
      handler.handle(withCase(sampleCommands.consentAll(), randomUUID()), { ifMatch: 7 }),
    ).rejects.toMatchObject({ domainError: { code: 'CASE_NOT_FOUND' } });
  });

  it('decides again after losing a race, but not when the caller pinned the revision', async () => {
    const inner = createInMemoryEventStore();
    let interfere: (() => Promise<void>) | undefined;
    const racing: EventStore = {
      ...inner,
      readStream: (name, options) => inner.readStream(name, options),
      appendToStream: async (name, events: readonly NewEvent[], options) => {
        const before = interfere;
        interfere = undefined;
        if (before !== undefined) await before();
        return inner.appendToStream(name, events, options);
      },
    };
    const { handler } = setUp(racing);
    const id = randomUUID();
    await run(handler, historyTo.consented(), id);
    // Another writer records more consent between our read and our append.
    interfere = async () => {
      await handler.handle(withCase(sampleCommands.consentAll(), id));
    };
    const result = await handler.handle(withCase(sampleCommands.submit(), id));
    expect(result.state.status).toBe('threatAssessment');
    expect(result.revision).toBe((await readBack(inner, id)).length - 1);

    interfere = async () => {
      await handler.handle(withCase(sampleCommands.assess(), id));
    };
    const pinned = handler.handle(withCase(sampleCommands.assess(), id), { ifMatch: result.revision });
    await expect(pinned).rejects.toBeInstanceOf(PreconditionFailedError);
  });

  it('gives up with ConcurrentUpdateError when every attempt loses', async () => {
    const inner = createInMemoryEventStore();
    let racing = false;
    let attempts = 0;
    const store: EventStore = {
      ...inner,
      readStream: (name, options) => inner.readStream(name, options),
      appendToStream: async (name, events, options) => {
        if (racing) {
          attempts += 1;
          const { WrongExpectedRevisionError } = await import('@relocation/event-store');
          throw new WrongExpectedRevisionError(name, options.expectedRevision, 99);
        }
        return inner.appendToStream(name, events, options);
      },
    };
    const { handler } = setUp(store);
    const id = randomUUID();
    await run(handler, historyTo.draft(), id);
    racing = true;
    await expect(handler.handle(withCase(sampleCommands.consentAll(), id))).rejects.toBeInstanceOf(
      ConcurrentUpdateError,
    );
    // Three attempts on the stream as read, after the one on the state the handler remembered.
    expect(attempts).toBe(4);
  });

  describe('the state it remembers of the cases it wrote', () => {
    const countingReads = () => {
      const inner = createInMemoryEventStore();
      const reads: string[] = [];
      const store: EventStore = {
        ...inner,
        readStream: (name, options) => {
          reads.push(name);
          return inner.readStream(name, options);
        },
      };
      return { inner, store, reads };
    };

    it('is the state a reading of the stream gives, after every command of a whole relocation', async () => {
      const { store } = countingReads();
      const { handler } = setUp(store);
      const id = randomUUID();
      for (const command of happyPath()) {
        const result = await handler.handle(withCase(command, id));
        const read = await loadRelocation(store, relocationStreamName(id));
        expect(result.state).toEqual(read.state);
      }
    });

    it('decides the next command on a case without reading its stream', async () => {
      const { store, reads } = countingReads();
      const { handler } = setUp(store);
      const id = randomUUID();
      await run(handler, historyTo.consented(), id);
      reads.length = 0;
      const result = await handler.handle(withCase(sampleCommands.submit(), id));
      expect(result.state.status).toBe('threatAssessment');
      expect(reads).toEqual([]);
      expect(result.revision).toBe((await readBack(store, id)).length - 1);

      // Without it (cachedCases: 0) every command reads the stream.
      const uncached = setUp(store, { cachedCases: 0 }).handler;
      const other = randomUUID();
      await run(uncached, historyTo.consented(), other);
      reads.length = 0;
      await uncached.handle(withCase(sampleCommands.submit(), other));
      expect(reads).toEqual([relocationStreamName(other)]);
    });

    it('opens a case without reading its stream, and refuses to open one that exists as before', async () => {
      const { store, reads } = countingReads();
      const { handler } = setUp(store, { cachedCases: 0 });
      const id = randomUUID();
      const opened = await handler.handle(withCase(sampleCommands.initiate(), id));
      expect(reads).toEqual([]);
      expect(opened.revision).toBe((await readBack(store, id)).length - 1);

      // Another process opening the same case: the append's check refuses, the stream is read, the domain refuses.
      const other = setUp(store).handler;
      const before = await readBack(store, id);
      reads.length = 0;
      const refused = await other
        .handle(withCase(sampleCommands.initiate(), id))
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(CommandRejectedError);
      expect(reads).toEqual([relocationStreamName(id)]);
      expect(await readBack(store, id)).toEqual(before);
    });

    it('reads the stream again when another writer moved the case on, and decides on that', async () => {
      const { store, reads } = countingReads();
      const first = setUp(store).handler;
      // Another process: a handler of its own on the same store.
      const second = setUp(store).handler;
      const id = randomUUID();
      await run(first, historyTo.consented(), id);
      await second.handle(withCase(sampleCommands.submit(), id));

      // Refused on the remembered state (still consented), allowed on the stream as it is: assessed.
      reads.length = 0;
      const assessed = await first.handle(withCase(sampleCommands.assess(), id));
      expect(assessed.state.status).not.toBe('threatAssessment');
      expect(reads).toEqual([relocationStreamName(id)]);
      const stream = await readBack(store, id);
      expect(assessed.revision).toBe(stream.length - 1);
    });

    it('decides again when the remembered state is stale but allows the command', async () => {
      const { store, reads } = countingReads();
      const first = setUp(store).handler;
      const second = setUp(store).handler;
      const id = randomUUID();
      await run(first, historyTo.consented(), id);
      await second.handle(withCase(sampleCommands.consentAll(), id));
      // Submit is allowed on first's memory too; the append's expected revision finds it stale.
      reads.length = 0;
      const submitted = await first.handle(withCase(sampleCommands.submit(), id));
      expect(submitted.state.status).toBe('threatAssessment');
      expect(reads).toEqual([relocationStreamName(id)]);
      const stream = await readBack(store, id);
      expect(submitted.revision).toBe(stream.length - 1);
      expect(stream.filter((event) => event.type === 'RelocationSubmitted')).toHaveLength(1);
    });

    it('never answers If-Match from a stale memory', async () => {
      const { store } = countingReads();
      const first = setUp(store).handler;
      const second = setUp(store).handler;
      const id = randomUUID();
      await run(first, historyTo.consented(), id);
      const moved = await second.handle(withCase(sampleCommands.submit(), id));
      // The caller saw the case at its current revision: first's memory is older, the stream agrees with the caller.
      const result = await first.handle(withCase(sampleCommands.assess(), id), { ifMatch: moved.revision });
      expect(result.revision).toBe(moved.revision + result.events.length);
    });
  });

  it('answers a retried command with the first result and appends nothing', async () => {
    const { store, handler } = setUp();
    const id = randomUUID();
    await run(handler, historyTo.draft(), id);
    const command = withCase(sampleCommands.consentAll(), id);
    const first = await handler.handle(command, { idempotencyKey: 'k-1' });
    const again = await handler.handle(command, { idempotencyKey: 'k-1' });
    expect(again).toMatchObject({
      relocationId: id,
      revision: first.revision,
      position: first.position,
      replayed: true,
    });
    expect(again.state).toEqual(first.state);
    expect(again.events.map((e) => e.metadata.eventId)).toEqual(first.events.map((e) => e.metadata.eventId));
    expect(await readBack(store, id)).toHaveLength(first.revision + 1);
  });

  it('does not share idempotency keys between callers', async () => {
    const { store, handler } = setUp();
    const id = randomUUID();
    await run(handler, historyTo.draft(), id);
    const first = await handler.handle(withCase(sampleCommands.consentAll(), id), { idempotencyKey: 'same' });
    const supervisor = { ...actors.sending, userId: 'someone-else', role: 'supervisor' as const };
    const other = await handler.handle(
      { ...withCase(sampleCommands.consentAll(), id), actor: supervisor },
      { idempotencyKey: 'same' },
    );
    expect(other.replayed).toBe(false);
    expect(other.revision).toBeGreaterThan(first.revision);
    expect(await readBack(store, id)).toHaveLength(other.revision + 1);
  });

  describe('with the store’s idempotency lookup', () => {
    it('replays the first result even after the case moved on', async () => {
      const { store, handler } = setUp(createInMemoryEventStore());
      const id = randomUUID();
      await run(handler, historyTo.draft(), id);
      const command = withCase(sampleCommands.consentAll(), id);
      const first = await handler.handle(command, { idempotencyKey: 'k-2' });
      const moved = await handler.handle(withCase(sampleCommands.submit(), id));
      const again = await handler.handle(command, { idempotencyKey: 'k-2' });
      expect(again).toMatchObject({ revision: first.revision, position: first.position, replayed: true });
      expect(again.state).toEqual(first.state);
      expect(await readBack(store, id)).toHaveLength(moved.revision + 1);
    });

    it('replays an initiation to the case it created, and refuses the key for another case', async () => {
      const { handler } = setUp(createInMemoryEventStore());
      const id = randomUUID();
      const first = await handler.handle(withCase(sampleCommands.initiate(), id), { idempotencyKey: 'k-3' });
      const retry = await handler.handle(withCase(sampleCommands.initiate(), randomUUID()), {
        idempotencyKey: 'k-3',
      });
      expect(retry).toMatchObject({ relocationId: id, revision: first.revision, replayed: true });
      await expect(
        handler.handle(withCase(sampleCommands.consentAll(), randomUUID()), { idempotencyKey: 'k-3' }),
      ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    });
  });
});
