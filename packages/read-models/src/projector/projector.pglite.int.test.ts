import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import { fakeUnseal, happyPath, historyTo, sampleCommands } from '@relocation/domain/testing';
import { fixedClock } from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { dumpReadModels, recordCase } from '../testing/index.ts';
import { rebuildFromZero } from './rebuildFromZero.ts';
import { quoteSchema } from '@relocation/postgres';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
let db: PGlite;
let store: SqlEventStore;

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
});
afterAll(async () => {
  await store.close();
  await db.close();
});

async function freshReadModels(batchSize = 7): Promise<ReadModels> {
  const readModels = createReadModels({
    driver: store.driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(clock.now()),
    batchSize,
  });
  await readModels.migrate();
  return readModels;
}

describe('projector on PGlite', () => {
  it('folds a whole relocation into one case row; its timeline has one entry per event', async () => {
    const readModels = await freshReadModels();
    const relocation = recordCase(store, clock);
    await relocation.run(happyPath());
    await readModels.projectUntilCaughtUp();

    const record = await readModels.queries.getCase(relocation.relocationId);
    expect(record?.state).toEqual(relocation.state);
    expect(record?.state.status).toBe('closed');
    expect(record?.household).toEqual({ adults: 1, childrenAges: [4, 9] });
    const person = record?.personSealed;
    expect(person === null || person === undefined ? null : fakeUnseal(person)).toMatchObject({
      name: 'Test Testsson',
    });
    const rows = JSON.stringify(await dumpReadModels(store.driver, readModels.schema));
    expect(rows).toContain(relocation.relocationId);
    expect(rows).not.toMatch(/Testsson|199001012385|Kontakt Person/);
    expect(record?.receptionPlanSealed).not.toBeNull();
    expect(record?.lastPosition).toBe(relocation.lastPosition);

    const history = await readModels.queries.getHistory(relocation.relocationId);
    expect(history.map((entry) => entry.revision)).toEqual(history.map((_, index) => index));
    expect(history).toHaveLength(relocation.state.revision + 1);
    const initiated = history[0];
    expect(initiated?.type).toBe('RelocationInitiated');
    expect(Object.keys(initiated?.sealed ?? {})).toEqual(['person']);
    expect(JSON.stringify(initiated?.changes)).not.toContain('Testsson');
    expect(await readModels.caughtUp()).toBe(true);

    // The timeline goes as far as the case row it is shown with: an erasure not yet projected is not in it, and
    // once it is, every sealed field before it is purged (the names stay).
    await relocation.run([sampleCommands.erase()]);
    const before = record as NonNullable<typeof record>;
    expect(await readModels.queries.historyOf(before)).toEqual(history);
    await readModels.projectUntilCaughtUp();
    const erased = await readModels.queries.getHistory(relocation.relocationId);
    expect(erased.map(({ type }) => type)).toEqual([...history.map(({ type }) => type), 'CaseErased']);
    expect(erased[0]?.sealed).toEqual({ person: null });
    expect(erased.slice(0, -1).map(({ sealed }) => Object.keys(sealed))).toEqual(
      history.map(({ sealed }) => Object.keys(sealed)),
    );
    expect(erased.flatMap(({ sealed }) => Object.values(sealed)).every((value) => value === null)).toBe(true);
  });

  it('lets only the parties that take part list a case; a declining municipality drops out', async () => {
    const readModels = await freshReadModels();
    const relocation = recordCase(store, clock);
    await relocation.run([...historyTo.matching(), sampleCommands.proposeDeclining()]);
    await readModels.projectUntilCaughtUp();
    const listFor = async (organisationId: string) =>
      (
        await readModels.queries.listCases({ organisationId, now: new Date(clock.now()), limit: 10 })
      ).cases.map((c) => c.relocationId);
    expect(await listFor('municipality:0380')).toContain(relocation.relocationId);

    await relocation.run([sampleCommands.decline()]);
    await readModels.projectUntilCaughtUp();
    expect(await listFor('municipality:0380')).not.toContain(relocation.relocationId);
    expect(await listFor('municipality:0180')).toContain(relocation.relocationId);
    expect(await listFor('police:stockholm')).toContain(relocation.relocationId);
    expect(await listFor('coordinator:national')).toContain(relocation.relocationId);
    expect(await listFor('police:syd')).not.toContain(relocation.relocationId);
    expect(await listFor('municipality:1280')).not.toContain(relocation.relocationId);
    expect(await listFor('audit:national')).not.toContain(relocation.relocationId);
  });

  it('filters by state, urgency and stalled (judged at query time) and pages newest first', async () => {
    const readModels = await freshReadModels();
    const organisationId = 'municipality:0180';
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const relocation = recordCase(store, clock);
      await relocation.run(index % 2 === 0 ? historyTo.threatAssessment() : historyTo.draft());
      ids.push(relocation.relocationId);
    }
    await readModels.projectUntilCaughtUp();
    const now = new Date(clock.now());
    const mine = async (query: Partial<Parameters<ReadModels['queries']['listCases']>[0]>) =>
      (await readModels.queries.listCases({ organisationId, now, limit: 100, ...query })).cases
        .map((c) => c.relocationId)
        .filter((id) => ids.includes(id));

    expect(await mine({ status: 'threatAssessment' })).toEqual([ids[4], ids[2], ids[0]]);
    expect(await mine({ status: 'draft' })).toEqual([ids[3], ids[1]]);
    expect(await mine({ urgency: 'planned' })).toEqual([]);
    expect(await mine({ urgency: 'acute' })).toHaveLength(5);
    expect(await mine({ stalled: true })).toEqual([]);
    // Three business days later the police's two-day deadline has passed, though no monitor has run.
    const later = new Date(Date.parse(clock.now()) + 3 * 24 * 3600_000);
    expect(await mine({ stalled: true, now: later })).toEqual([ids[4], ids[2], ids[0]]);
    expect(await mine({ stalled: false, now: later })).toEqual([ids[3], ids[1]]);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await readModels.queries.listCases({
        organisationId,
        now,
        limit: 2,
        ...(cursor === undefined ? {} : { cursor }),
      });
      expect(page.cases.length).toBeLessThanOrEqual(2);
      seen.push(...page.cases.map((c) => c.relocationId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rolls back the rows and the checkpoint together when a batch fails, and resumes to the same result', async () => {
    const reference = await freshReadModels(5);
    const faulty = await freshReadModels(5);
    const relocation = recordCase(store, clock);
    await relocation.run(happyPath());
    await reference.projectUntilCaughtUp();

    // A database failure in the middle of a batch: the write of the accepted case raises an error.
    const cases = `"${faulty.schema}".relocations`;
    await db.exec(`
      CREATE FUNCTION "${faulty.schema}".fail_on_acceptance() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.accepted_municipality IS NOT NULL THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fail_on_acceptance BEFORE INSERT OR UPDATE ON ${cases}
        FOR EACH ROW EXECUTE FUNCTION "${faulty.schema}".fail_on_acceptance();
    `);
    await expect(faulty.projectUntilCaughtUp()).rejects.toThrow(/injected failure/);
    const stopped = await dumpReadModels(store.driver, faulty.schema);
    const stoppedAt = stopped.checkpoint[0] as { max_position: number };
    // Nothing of the failed batch is visible: the case row is as of the stored checkpoint.
    const rows = (await db.query<{ max: string }>(`SELECT max(last_position)::text AS max FROM ${cases}`))
      .rows[0];
    expect(BigInt(rows?.max ?? '0')).toBe(BigInt(stoppedAt.max_position));
    expect(await faulty.hasProcessed(relocation.lastPosition)).toBe(false);

    await db.exec(`DROP TRIGGER fail_on_acceptance ON ${cases}`);
    await faulty.projectUntilCaughtUp();
    const resumed = await dumpReadModels(store.driver, faulty.schema);
    const uninterrupted = await dumpReadModels(store.driver, reference.schema);
    expect(resumed).toEqual(uninterrupted);
  });

  it('writes the same rows from one big batch as from one event at a time, erasure included', async () => {
    // Three cases interleaved in the feed: one closed and then erased, one closed, one declined and re-proposed.
    const erased = recordCase(store, clock);
    const closed = recordCase(store, clock);
    const open = recordCase(store, clock);
    const paths = [
      [erased, [...happyPath(), sampleCommands.erase()]],
      [closed, happyPath()],
      [open, [...historyTo.matching(), sampleCommands.proposeDeclining(), sampleCommands.decline()]],
    ] as const;
    for (let step = 0; paths.some(([, commands]) => step < commands.length); step += 1) {
      for (const [relocation, commands] of paths) {
        const command = commands[step];
        if (command !== undefined) await relocation.run([command]);
      }
    }
    const oneByOne = await freshReadModels(1);
    const allAtOnce = await freshReadModels(1000);
    await oneByOne.projectUntilCaughtUp();
    await allAtOnce.projectUntilCaughtUp();
    const expected = await dumpReadModels(store.driver, oneByOne.schema);
    expect(expected.stageIntervals.length).toBeGreaterThan(10);
    expect(await dumpReadModels(store.driver, allAtOnce.schema)).toEqual(expected);

    // A rebuild keeps cases in memory across its transactions and drops and reads them back: in transactions of
    // one to three events, each case dropped after one transaction untouched, it still writes the same rows, and in
    // one transaction of every event read one or two at a time.
    for (const [eventsPerTransaction, readSize] of [
      [1, 1],
      [3, 2],
      [1000, 1],
      [1000, 2],
    ] as const) {
      const rebuilt = await freshReadModels();
      await rebuildFromZero({
        driver: store.driver,
        schema: rebuilt.schema,
        s: quoteSchema(rebuilt.schema),
        store,
        clock: () => new Date(clock.now()),
        eventsPerTransaction,
        readSize,
        keepTransactions: 1,
      });
      expect(await dumpReadModels(store.driver, rebuilt.schema)).toEqual(expected);
    }
  });

  it('rebuilds from zero to exactly the rows live projection built', async () => {
    const readModels = await freshReadModels(3);
    const a = recordCase(store, clock);
    const b = recordCase(store, clock);
    await a.run(historyTo.matching());
    await readModels.projectOnce();
    // A user id with a backslash and quotes (a directory's `DOMAIN\user`): the timeline shows it as it was.
    await b.run(
      historyTo
        .awaitingReceiverDecision()
        .map((command) => ({ ...command, actor: { ...command.actor, userId: 'KOMMUN\\anna "b"' } })),
    );
    await readModels.projectUntilCaughtUp();
    await a.run([sampleCommands.proposeDeclining(), sampleCommands.decline()]);
    await readModels.projectUntilCaughtUp();
    const live = await dumpReadModels(store.driver, readModels.schema);
    const timeline = await readModels.queries.getHistory(b.relocationId);
    expect(timeline[0]?.actor.userId).toBe('KOMMUN\\anna "b"');

    const applied = await readModels.rebuild();
    expect(applied).toBeGreaterThan(0);
    expect(await dumpReadModels(store.driver, readModels.schema)).toEqual(live);
  });

  it('wakes on a commit instead of waiting for its poll, and wakes a read-your-writes wait on each batch', async () => {
    const readModels = await freshReadModels();
    await readModels.projectUntilCaughtUp();
    // A ten-minute poll: only the store's commit signal can make this projector project within the test's time.
    const projector = readModels.startProjector(undefined, { pollIntervalMs: 600_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const firstBatch = readModels.watchProgress()(600_000);
    const relocation = recordCase(store, clock);
    await relocation.run(happyPath());
    await firstBatch;
    for (;;) {
      const wait = readModels.watchProgress();
      if (await readModels.hasProcessed(relocation.lastPosition)) break;
      await wait(600_000);
    }
    const record = await readModels.queries.getCase(relocation.relocationId);
    expect(record?.state).toEqual(relocation.state);
    await projector.stop();
  });

  it('knows exactly which positions it has processed', async () => {
    const readModels = await freshReadModels(2);
    const relocation = recordCase(store, clock);
    const first = await relocation.run(historyTo.draft());
    expect(await readModels.hasProcessed(first)).toBe(false);
    const second = await relocation.run([sampleCommands.consentAll()]);
    await readModels.projectOnce();
    await readModels.projectUntilCaughtUp();
    expect(await readModels.hasProcessed(first)).toBe(true);
    expect(await readModels.hasProcessed(second)).toBe(true);
    expect(await readModels.hasProcessed(second + 1000n)).toBe(false);
  });
});

describe('read-your-writes checks on PGlite', () => {
  it('waiters that check together share one reading of the checkpoint, and a batch makes them read again', async () => {
    const statements: string[] = [];
    const counting = {
      ...store.driver,
      query: <R>(text: string, params?: readonly unknown[]) => {
        statements.push(text);
        return store.driver.query<R>(text, params);
      },
    };
    const readModels = createReadModels({
      driver: counting,
      schema: uniqueSchemaName('rm'),
      store,
      clock: () => new Date(clock.now()),
    });
    await readModels.migrate();
    const relocation = recordCase(store, clock);
    await relocation.run(historyTo.consented());
    const position = relocation.lastPosition;
    const checkpointReads = () =>
      statements.filter(
        (text) => text.includes('FROM projector_checkpoint') || text.includes('.projector_checkpoint WHERE'),
      ).length;

    statements.length = 0;
    const before = await Promise.all(Array.from({ length: 16 }, () => readModels.hasProcessed(position)));
    expect(before.every((processed) => !processed)).toBe(true);
    expect(checkpointReads()).toBe(1);

    await readModels.projectUntilCaughtUp();
    statements.length = 0;
    const after = await Promise.all(Array.from({ length: 16 }, () => readModels.hasProcessed(position)));
    expect(after.every(Boolean)).toBe(true);
    expect(checkpointReads()).toBe(1);
    // The event's transaction id was looked up before: not again.
    expect(statements.filter((text) => text.includes('transaction_id::text AS transaction_id'))).toEqual([]);
  });
});
