import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import type { Command, RelocationOutcome } from '@relocation/domain';
import { command, actors, fixedClock, historyTo, sampleCommands } from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { dumpReadModels, recordCase, recoverWithheld, type RecordedCase } from '../testing/index.ts';
import type { PublishedStatistics } from './publishedStatistics.ts';
import { createStatisticsQueries } from './statisticsQueries.ts';
import type { StatisticsDimension } from './statisticsTables.ts';

/**
 * Hand-counted fixture (all from Stockholm 0180: county 01, police region stockholm):
 * - 2026, six cases to arrival (acute, threat high, 1 adult with children of 4 and 9, handover accepted), with a
 *   6-month outcome: five still living there, one contact lost; that one closed (settled) and its 12-month outcome
 *   recorded on the closed case: relocated again after a leak;
 * - 2026, one case declined by Uppsala for noHousing, then back in matching;
 * - 2026, one planned draft of two adults without children, never submitted;
 * - 2025, five cases initiated on 31 December 2025 and submitted on 2 March 2026 (drafts of 61 days and 1 hour).
 */
const clock = fixedClock('2026-03-02T09:00:00.000Z');
const key = new Uint8Array(32).fill(7);
let db: PGlite;
let store: SqlEventStore;
let readModels: ReadModels;

async function runHourly(relocation: RecordedCase, commands: readonly Command[]): Promise<void> {
  for (const next of commands) {
    await relocation.run([next]);
    clock.advance(3_600_000);
  }
}

const plannedCouple = (): Command => {
  const initiate = sampleCommands.initiate();
  return {
    ...initiate,
    payload: { ...initiate.payload, urgency: 'planned', household: { adults: 2, childrenAges: [] } },
  } as Command;
};

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
  readModels = createReadModels({
    driver: store.driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(clock.now()),
  });
  await readModels.migrate();
  const outcome = (month: 6 | 12, category: RelocationOutcome) =>
    command('RecordOutcome', actors.sending, { month, outcome: category }) as Command;
  for (let i = 0; i < 6; i += 1) {
    const last = i === 5;
    await runHourly(recordCase(store, clock), [
      ...historyTo.followUp(),
      outcome(6, last ? 'lostContact' : 'stillLivingThere'),
      ...(last ? [sampleCommands.close(), outcome(12, 'relocatedAfterLeak')] : []),
    ]);
  }
  await runHourly(recordCase(store, clock), [
    ...historyTo.matching(),
    sampleCommands.proposeDeclining(),
    sampleCommands.decline(),
  ]);
  await runHourly(recordCase(store, clock), [plannedCouple()]);
  for (let i = 0; i < 5; i += 1) {
    const relocation = recordCase(store, clock);
    clock.set(`2025-12-31T1${i}:00:00.000Z`);
    await relocation.run([sampleCommands.initiate()]);
    clock.set(`2026-03-02T1${i}:00:00.000Z`);
    await runHourly(relocation, [sampleCommands.consentAll(), sampleCommands.submit()]);
  }
  await readModels.projectUntilCaughtUp();
});
afterAll(async () => {
  await store.close();
  await db.close();
});

const published = (k: number) =>
  createStatisticsQueries({
    db: store.driver,
    schema: readModels.schema,
    pseudonymKey: key,
    minimumHouseholds: k,
  }).published();

/** A table's non-zero cells as `year/category: count`, null for a withheld one. */
function cellsOf(statistics: PublishedStatistics, name: StatisticsDimension): Record<string, number | null> {
  const table = statistics.tables.find((t) => t.name === name)!;
  const cells: Record<string, number | null> = {};
  table.rows.forEach((year, r) =>
    table.columns.forEach((category, c) => {
      const value = table.cells[r]![c]!;
      if (value !== 0) cells[`${year}/${category}`] = value;
    }),
  );
  return cells;
}

describe('statistics read model', () => {
  it('counts the hand-counted fixture in every table (k = 1: nothing withheld)', async () => {
    const raw = await published(1);
    expect(raw.years).toEqual(['2025', '2026']);
    for (const table of raw.tables) {
      expect(table.rowTotals, table.name).toEqual([5, 8]);
      expect(table.total, table.name).toBe(13);
    }
    expect(cellsOf(raw, 'county')).toEqual({ '2025/01': 5, '2026/01': 8 });
    expect(cellsOf(raw, 'policeRegion')).toEqual({ '2025/stockholm': 5, '2026/stockholm': 8 });
    expect(cellsOf(raw, 'urgency')).toEqual({ '2025/acute': 5, '2026/acute': 7, '2026/planned': 1 });
    expect(cellsOf(raw, 'threatLevel')).toEqual({
      '2025/notAssessed': 5,
      '2026/high': 7,
      '2026/notAssessed': 1,
    });
    expect(cellsOf(raw, 'adults')).toEqual({ '2025/1': 5, '2026/1': 7, '2026/2': 1 });
    expect(cellsOf(raw, 'children')).toEqual({ '2025/2': 5, '2026/2': 7, '2026/0': 1 });
    expect(cellsOf(raw, 'youngestChild')).toEqual({ '2025/0-5': 5, '2026/0-5': 7, '2026/none': 1 });
    expect(cellsOf(raw, 'route')).toEqual({ '2025/notPlaced': 5, '2026/handover': 6, '2026/notPlaced': 2 });
    expect(cellsOf(raw, 'housing')).toEqual({
      '2025/none': 5,
      '2026/protectedHousing': 6,
      '2026/none': 2,
    });
    expect(cellsOf(raw, 'declineReason')).toEqual({ '2025/none': 5, '2026/none': 7, '2026/noHousing': 1 });
    expect(cellsOf(raw, 'transfer')).toEqual({ '2025/none': 5, '2026/none': 8 });
    expect(cellsOf(raw, 'ending')).toEqual({ '2025/open': 5, '2026/open': 7, '2026/settled': 1 });
    expect(cellsOf(raw, 'outcome6')).toEqual({
      '2025/notArrived': 5,
      '2026/stillLivingThere': 5,
      '2026/lostContact': 1,
      '2026/notArrived': 2,
    });
    expect(cellsOf(raw, 'outcome12')).toEqual({
      '2025/notArrived': 5,
      '2026/relocatedAfterLeak': 1,
      '2026/notRecorded': 5,
      '2026/notArrived': 2,
    });
    // No household of the fixture was relocated twice.
    expect(cellsOf(raw, 'relocation')).toEqual({ '2025/1': 5, '2026/1': 8 });
  });

  it('measures time per stage by year of initiation, median and 90th percentile', async () => {
    const raw = await published(1);
    const stage = (year: string, name: string) => raw.stages.find((s) => s.year === year && s.stage === name);
    // Every submitted 2026 case spent two hours in draft (initiate, consent an hour later, submit an hour after).
    expect(stage('2026', 'draft')).toEqual({
      year: '2026',
      stage: 'draft',
      households: 7,
      medianSeconds: 7200,
      p90Seconds: 7200,
    });
    // 31 Dec 2025 1i:00 to 2 Mar 2026 1i:00 plus the hour to submission: 61 days and 1 hour.
    expect(stage('2025', 'draft')).toMatchObject({ households: 5, medianSeconds: 61 * 86_400 + 3600 });
    // Six cases through threat assessment, matching, awaiting the receiver and clearance (an hour each), and the
    // declined one through threat assessment and a proposal, back to matching.
    expect(stage('2026', 'threatAssessment')).toMatchObject({ households: 7, medianSeconds: 3600 });
    expect(stage('2026', 'awaitingReceiverDecision')).toMatchObject({ households: 7, p90Seconds: 3600 });
    expect(stage('2026', 'destinationClearance')).toMatchObject({ households: 6 });
  });

  it('withholds every count under k = 5, in every table, and no published table gives one back', async () => {
    const raw = await published(1);
    const safe = await published(5);
    expect(safe.minimumHouseholds).toBe(5);
    safe.tables.forEach((table, t) => {
      const truth = raw.tables[t]!;
      const pairs: [number | null, number | null][] = [
        ...table.cells.flatMap((row, r) =>
          row.map((v, c): [number | null, number | null] => [v, truth.cells[r]![c]!]),
        ),
        ...table.rowTotals.map((v, r): [number | null, number | null] => [v, truth.rowTotals[r]!]),
        ...table.columnTotals.map((v, c): [number | null, number | null] => [v, truth.columnTotals[c]!]),
        [table.total, truth.total],
      ];
      for (const [shown, real] of pairs) {
        if (shown !== null) expect(shown, table.name).toBe(real);
        if (real !== null && real > 0 && real < 5) expect(shown, table.name).toBeNull();
      }
    });
    expect(cellsOf(safe, 'urgency')['2026/planned']).toBeNull();
    expect(cellsOf(safe, 'declineReason')['2026/noHousing']).toBeNull();
    // Outcomes: five still living there are published, the single lost contact is not, nor its complement.
    expect(cellsOf(safe, 'outcome6')['2026/stillLivingThere']).toBe(5);
    expect(cellsOf(safe, 'outcome6')['2026/lostContact']).toBeNull();
    expect(cellsOf(safe, 'outcome12')['2026/relocatedAfterLeak']).toBeNull();
    expect(recoverWithheld(safe.tables, raw.tables)).toEqual([]);
    // A stage that fewer than five households completed is withheld with its times.
    expect(safe.stages.find((s) => s.year === '2026' && s.stage === 'matching')).toMatchObject({
      households: 7,
    });
    const seven = await published(7);
    expect(seven.stages.find((s) => s.year === '2026' && s.stage === 'draft')).toMatchObject({
      households: 7,
    });
    expect(seven.stages.find((s) => s.year === '2026' && s.stage === 'destinationClearance')).toEqual({
      year: '2026',
      stage: 'destinationClearance',
      households: null,
      medianSeconds: null,
      p90Seconds: null,
    });
  });

  it('publishes no case id, no pseudonym and no personal data', async () => {
    const text = JSON.stringify(await published(1));
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(text).not.toMatch(/[0-9a-f]{32}/);
    for (const secret of ['Test Testsson', '199001012385', 'Inga lediga', 'SAMTYCKE'])
      expect(text).not.toContain(secret);
    const stored = JSON.stringify(
      await store.driver.query(`SELECT facts FROM "${readModels.schema}".statistics_cases`),
    );
    for (const secret of ['Test Testsson', '199001012385', 'Inga lediga', 'ciphertext'])
      expect(stored).not.toContain(secret);
  });

  it('gives the same rows and the same numbers after a rebuild, and keeps counting an erased case', async () => {
    const before = await dumpReadModels(store.driver, readModels.schema);
    const numbers = await published(5);
    expect(before.statistics).toHaveLength(13);
    await readModels.rebuild();
    expect(await dumpReadModels(store.driver, readModels.schema)).toEqual(before);
    expect(await published(5)).toEqual(numbers);

    const erased = recordCase(store, clock);
    await erased.run([
      sampleCommands.initiate(),
      command('EraseCase', actors.operator, { reason: 'retention' }),
    ]);
    await readModels.projectUntilCaughtUp();
    expect((await published(1)).tables[0]!.total).toBe(14);
  });
});
