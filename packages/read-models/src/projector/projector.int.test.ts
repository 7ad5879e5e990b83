import { fixedClock, happyPath, historyTo, sampleCommands } from '@relocation/domain/testing';
import { createSqlEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver, quoteSchema, type SqlDriver } from '@relocation/postgres';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { dumpReadModels, recordCase } from '../testing/index.ts';
import { rebuildFromZero } from './rebuildFromZero.ts';
import { encodeRelocationEvent, relocationStreamName } from '@relocation/domain';
import { runCommands, testContext } from '@relocation/domain/testing';
import { randomUUID } from 'node:crypto';

const url = databaseUrlOrWarn('the read-model projector tests on PostgreSQL');
const clock = fixedClock('2026-03-02T09:00:00.000Z');

describe.skipIf(!url)('projector on PostgreSQL', () => {
  const esSchema = uniqueSchemaName('es');
  let driver: SqlDriver;
  let store: SqlEventStore;

  beforeAll(async () => {
    driver = createPgDriver({ connectionString: url as string, max: 6 });
    store = await createSqlEventStore({ driver, schema: esSchema });
  });
  afterAll(async () => {
    await store.close();
  });

  async function freshReadModels(batchSize = 4): Promise<ReadModels> {
    const readModels = createReadModels({
      driver,
      schema: uniqueSchemaName('rm'),
      store,
      clock: () => new Date(clock.now()),
      batchSize,
    });
    await readModels.migrate();
    return readModels;
  }

  /** Makes every write of a case row that meets `condition` (SQL over `NEW`) fail (trigger `fail_on_write`). */
  async function failCaseWriteWhen(schema: string, condition: string): Promise<void> {
    await driver.query(`CREATE FUNCTION "${schema}".fail_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF ${condition} THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$`);
    await driver.query(`CREATE TRIGGER fail_on_write BEFORE INSERT OR UPDATE ON "${schema}".relocations
      FOR EACH ROW EXECUTE FUNCTION "${schema}".fail_on_write()`);
  }

  const ACCEPTED = 'NEW.accepted_municipality IS NOT NULL';
  const ERASED = "(NEW.state->>'erased')::boolean";

  /** A rebuild into `schema` in transactions of three events, a feed read and a transaction in flight at once. */
  const rebuildInSmallTransactions = (schema: string): Promise<number> =>
    rebuildFromZero({
      driver,
      schema,
      s: quoteSchema(schema),
      store,
      clock: () => new Date(clock.now()),
      eventsPerTransaction: 3,
      readSize: 2,
      keepTransactions: 1,
    });

  it('projects whole relocations, survives a failed batch, and rebuilds to identical rows', async () => {
    const live = await freshReadModels();
    const faulty = await freshReadModels();
    const a = recordCase(store, clock);
    const b = recordCase(store, clock);
    await a.run(happyPath());
    await live.projectOnce();
    await b.run([...historyTo.matching(), sampleCommands.proposeDeclining(), sampleCommands.decline()]);
    // Erased in a later batch than its other events.
    const erased = recordCase(store, clock);
    await erased.run([...happyPath(), sampleCommands.erase()]);
    await live.projectUntilCaughtUp();
    expect((await live.queries.getCase(a.relocationId))?.state).toEqual(a.state);
    expect((await live.queries.getCase(b.relocationId))?.state).toEqual(b.state);

    const cases = `"${faulty.schema}".relocations`;
    await failCaseWriteWhen(faulty.schema, ACCEPTED);
    await expect(faulty.projectUntilCaughtUp()).rejects.toThrow(/injected failure/);
    const [stopped] = await driver.query<{ at: string | null; highest: string | null }>(
      `SELECT (SELECT max_position::text FROM "${faulty.schema}".projector_checkpoint) AS at,
              (SELECT max(last_position)::text FROM ${cases}) AS highest`,
    );
    expect(stopped?.at).not.toBeNull();
    expect(stopped?.highest ?? null).toBe(stopped?.at ?? null);
    await driver.query(`DROP TRIGGER fail_on_write ON ${cases}`);
    await faulty.projectUntilCaughtUp();

    const expected = await dumpReadModels(driver, live.schema);
    // The erased case's timeline: every sealed field before the erasure purged, its name kept.
    const purged = await live.queries.getHistory(erased.relocationId);
    expect(purged[0]?.sealed).toEqual({ person: null });
    expect(purged.flatMap(({ sealed }) => Object.values(sealed)).every((value) => value === null)).toBe(true);
    expect(await dumpReadModels(driver, faulty.schema)).toEqual(expected);
    await live.rebuild();
    expect(await dumpReadModels(driver, live.schema)).toEqual(expected);
    // The indexes a rebuild dropped for its load are all there again, as migrated; no table holds the timeline.
    const indexesOf = (schema: string): Promise<{ name: string; definition: string }[]> =>
      driver.query(
        `SELECT indexname AS name, replace(indexdef, $1, '<schema>.') AS definition FROM pg_indexes
         WHERE schemaname = $2 ORDER BY indexname`,
        [`${schema}.`, schema],
      );
    const migrated = await indexesOf(faulty.schema);
    expect(migrated.map(({ name }) => name)).toContain('relocations_overview');
    const [timeline] = await driver.query<{ table: string | null }>('SELECT to_regclass($1)::text AS table', [
      `"${live.schema}".relocation_history`,
    ]);
    expect(timeline?.table).toBeNull();
    expect(await indexesOf(live.schema)).toEqual(migrated);

    // In small transactions, a feed read and a transaction in flight at once, cases dropped from memory and read
    // back: the same rows.
    const small = await freshReadModels();
    await rebuildInSmallTransactions(small.schema);
    expect(await dumpReadModels(driver, small.schema)).toEqual(expected);

    // A rebuild that fails part way leaves a prefix of the feed: no case row ahead of the checkpoint written with
    // it, though the next events were folded while the last transaction was written.
    const cut = await freshReadModels();
    await failCaseWriteWhen(cut.schema, ERASED);
    await expect(rebuildInSmallTransactions(cut.schema)).rejects.toThrow(/injected failure/);
    const [prefix] = await driver.query<{ checkpoint: string | null; cases: string; stays: string }>(
      `SELECT (SELECT max_position::text FROM "${cut.schema}".projector_checkpoint) AS checkpoint,
              (SELECT max(last_position)::text FROM "${cut.schema}".relocations) AS cases,
              (SELECT count(*)::text FROM "${cut.schema}".stage_intervals) AS stays`,
    );
    // Transactions committed before the one that failed, each case row as of its transaction's checkpoint.
    expect(prefix?.checkpoint).not.toBeNull();
    expect(prefix?.cases).toBe(prefix?.checkpoint);
    expect(Number(prefix?.stays)).toBeLessThan(expected.stageIntervals.length);
  });

  /** Two read-model objects on one new, migrated schema: two projectors by mistake. */
  async function racingReadModels(batchSize: number): Promise<{ schema: string; racers: ReadModels[] }> {
    const schema = uniqueSchemaName('rm');
    const racers = [0, 1].map(() =>
      createReadModels({ driver, schema, store, clock: () => new Date(clock.now()), batchSize }),
    );
    await racers[0]?.migrate();
    return { schema, racers };
  }

  it('two projectors at once apply every event exactly once', async () => {
    const single = await freshReadModels(3);
    const { schema: racedSchema, racers } = await racingReadModels(3);
    const relocation = recordCase(store, clock);
    await relocation.run(historyTo.followUp());
    await Promise.all(racers.map((racer) => racer.projectUntilCaughtUp()));
    await single.projectUntilCaughtUp();
    expect(await dumpReadModels(driver, racedSchema)).toEqual(await dumpReadModels(driver, single.schema));
  });

  it('two running projectors, each going on from the checkpoint it last wrote, apply every event once', async () => {
    const single = await freshReadModels(2);
    const { schema: racedSchema, racers } = await racingReadModels(2);
    // Each moves the checkpoint under the other, so each one's remembered checkpoint goes stale again and again.
    const running = racers.map((racer) => racer.startProjector(undefined, { pollIntervalMs: 5 }));
    const cases = [recordCase(store, clock), recordCase(store, clock), recordCase(store, clock)];
    const last = await Promise.all(cases.map((relocation) => relocation.run(historyTo.followUp())));
    const end = last.reduce((a, b) => (a > b ? a : b));
    // The running projectors themselves get to the end: none is stuck on a stale checkpoint.
    for (let tries = 0; !(await racers[0]?.hasProcessed(end)); tries += 1) {
      expect(tries).toBeLessThan(2_000);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(running.map((projector) => projector.stop()));
    expect(running.map((projector) => projector.halted())).toEqual([undefined, undefined]);
    await single.projectUntilCaughtUp();
    expect(await dumpReadModels(driver, racedSchema)).toEqual(await dumpReadModels(driver, single.schema));
  });

  it('rebuilds beside a running projector and answers queries throughout', async () => {
    const readModels = await freshReadModels(2);
    const relocation = recordCase(store, clock);
    await relocation.run(historyTo.awaitingArrival());
    await readModels.projectUntilCaughtUp();
    const projector = readModels.startProjector(undefined, { pollIntervalMs: 5 });
    const rebuilding = readModels.rebuild();
    const more = relocation.run([sampleCommands.arrive()]);
    // While the rebuild runs, the live rows keep answering.
    expect(await readModels.queries.getCase(relocation.relocationId)).toBeDefined();
    await Promise.all([rebuilding, more]);
    await projector.stop();
    await readModels.projectUntilCaughtUp();
    expect((await readModels.queries.getCase(relocation.relocationId))?.state).toEqual(relocation.state);

    const fresh = await freshReadModels(5);
    await fresh.projectUntilCaughtUp();
    expect(await dumpReadModels(driver, readModels.schema)).toEqual(
      await dumpReadModels(driver, fresh.schema),
    );
  });

  it('hasProcessed follows the feed order, not the highest position seen', async () => {
    const readModels = await freshReadModels(1);
    await readModels.projectUntilCaughtUp();
    const context = testContext({ clock, newId: randomUUID });
    const slowId = randomUUID();
    const slowEvents = runCommands(
      [{ ...sampleCommands.initiate(), relocationId: slowId }],
      context,
    ).events.map((event) => encodeRelocationEvent(event));

    // The slow append takes its transaction id first, lets a fast one append and commit, then appends itself:
    // its event comes first in the feed (its transaction id is lower) though it committed last. With positions
    // drawn from a sequence it even has the higher position, so "highest position seen" would be wrong here.
    let hasXid!: () => void;
    let goOn!: () => void;
    const xidTaken = new Promise<void>((resolve) => (hasXid = resolve));
    const released = new Promise<void>((resolve) => (goOn = resolve));
    const slowDriver: SqlDriver = {
      ...driver,
      transaction: (fn) =>
        driver.transaction(async (tx) => {
          await tx.query('SELECT pg_current_xact_id()');
          hasXid();
          await released;
          return fn(tx);
        }),
    };
    // The previous append path runs in `driver.transaction`, where the hold above can sit.
    const slowStore = await createSqlEventStore({
      driver: slowDriver,
      schema: esSchema,
      migrate: false,
      appendPath: 'transaction',
    });
    const slow = slowStore.appendToStream(relocationStreamName(slowId), slowEvents, {
      expectedRevision: 'no_stream',
    });
    await xidTaken;
    const fast = recordCase(store, clock);
    const fastPosition = await fast.run(historyTo.draft());
    goOn();
    const slowPosition = (await slow).position;

    // One event per batch: the first batch holds the slow event only.
    await readModels.projectOnce();
    expect(await readModels.hasProcessed(slowPosition)).toBe(true);
    expect(await readModels.hasProcessed(fastPosition)).toBe(false);
    await readModels.projectUntilCaughtUp();
    expect(await readModels.hasProcessed(fastPosition)).toBe(true);
  });

  it("wakes a read-your-writes wait on another process's projector (NOTIFY), not only on its own", async () => {
    const projecting = await freshReadModels(50);
    // The API's side, as with PROJECTOR=off: its own connections, no projector of its own.
    const otherDriver = createPgDriver({ connectionString: url as string, max: 3 });
    const reading = createReadModels({
      driver: otherDriver,
      schema: projecting.schema,
      store,
      clock: () => new Date(clock.now()),
    });
    try {
      await projecting.projectUntilCaughtUp(); // the other tests' events in this store
      const [initiation] = happyPath();
      let woken = false;
      // The first wait starts the LISTEN; a batch committed before it is active is not heard, and on a busy machine
      // that can take a while: a case more per round until a wait wakes (one later than the pause is not counted).
      while (!woken) {
        const position = await recordCase(store, clock).run([initiation!]);
        const wait = reading.watchProgress();
        await projecting.projectUntilCaughtUp();
        woken = await Promise.race([
          wait(120_000).then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
        ]);
        if (woken) expect(await reading.hasProcessed(position)).toBe(true);
      }
    } finally {
      await reading.close();
      await otherDriver.close();
    }
  });
});
