import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCommandHandler } from '@relocation/application';
import type { Command } from '@relocation/domain';
import { fakeSeal, fixedClock, historyTo, sampleProviders } from '@relocation/domain/testing';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgliteDriver } from '@relocation/postgres';
import { createReadModels } from '@relocation/read-models';
import { dumpReadModels } from '@relocation/read-models/testing';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../config.ts';
import { parseForecastArgs, runForecastCli } from './forecastCli.ts';

describe('parseForecastArgs', () => {
  it('reads a date as the end of that day in Stockholm, or an exact instant', () => {
    expect(parseForecastArgs(['--as-of', '2026-12-24'])).toEqual({
      asOf: new Date('2026-12-24T22:59:59.000Z'),
      label: 'the end of 2026-12-24 (Stockholm)',
      json: false,
    });
    expect(parseForecastArgs(['--as-of=2026-06-19T12:00:00Z', '--json'])).toMatchObject({
      asOf: new Date('2026-06-19T12:00:00.000Z'),
      json: true,
    });
    expect(parseForecastArgs([])).toBe('--as-of is required');
    expect(parseForecastArgs(['--as-of', 'tomorrow'])).toMatch(/takes a date/);
    expect(parseForecastArgs(['--as-of', '2026-02-30'])).toMatch(/takes a date/);
    expect(parseForecastArgs(['--until', '2026-12-24'])).toMatch(/unknown option/);
  });
});

describe('pnpm relocation deadlines --as-of', () => {
  let dataDir: string;
  let relocationId: string;
  let output: string[];

  beforeAll(async () => {
    // A data directory as the engine leaves it: one acute case waiting for its threat assessment since 2 March.
    dataDir = await mkdtemp(join(tmpdir(), 'relocation-forecast-'));
    const clock = fixedClock('2026-03-02T09:00:00.000Z');
    const store = await createSqlEventStore({
      driver: createPgliteDriver({ dataDir: join(dataDir, 'pglite') }),
    });
    const handler = createCommandHandler({
      store,
      sealerFor: async (id) => (field, value) => fakeSeal(id, field, value),
      providers: sampleProviders,
      clock: () => new Date(clock.now()),
      newId: randomUUID,
    });
    relocationId = randomUUID();
    for (const next of historyTo.threatAssessment()) {
      await handler.handle({ ...next, relocationId, commandId: randomUUID() } as Command);
    }
    const readModels = createReadModels({ driver: store.driver, store, clock: () => new Date(clock.now()) });
    await readModels.migrate();
    await readModels.projectUntilCaughtUp();
    await store.close();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const run = async (argv: string[]): Promise<number> => {
    output = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      output.push(String(chunk));
      return true;
    });
    return runForecastCli(parseConfig({ DATA_DIR: dataDir }), argv);
  };

  it('lists what will be overdue by the date, and nothing before the due time', async () => {
    expect(await run(['--as-of', '2026-03-03'])).toBe(0);
    expect(output.join('')).toContain('Open deadlines overdue by the end of 2026-03-03 (Stockholm): 0');
    expect(await run(['--as-of', '2026-03-09'])).toBe(0);
    const text = output.join('');
    expect(text).toContain('Open deadlines overdue by the end of 2026-03-09 (Stockholm): 1');
    expect(text).toMatch(
      new RegExp(`${relocationId} +threatAssessment +police:stockholm +2026-03-04T09:00:00.000Z +3`),
    );
  });

  it('prints JSON with --json and changes nothing in the database', async () => {
    const before = await snapshot(dataDir);
    expect(await run(['--as-of', '2026-12-24', '--json'])).toBe(0);
    const body = JSON.parse(output.join('')) as {
      asOf: string;
      deadlines: { businessDaysOverdue: number }[];
    };
    expect(body.asOf).toBe('2026-12-24T22:59:59.000Z');
    expect(body.deadlines).toHaveLength(1);
    expect(body.deadlines[0]?.businessDaysOverdue).toBeGreaterThan(190);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('refuses without a database rather than creating one', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'relocation-forecast-empty-'));
    await expect(runForecastCli(parseConfig({ DATA_DIR: empty }), ['--as-of', '2026-12-24'])).rejects.toThrow(
      /No database/,
    );
  });
});

async function snapshot(dataDir: string): Promise<unknown> {
  const driver = createPgliteDriver({ dataDir: join(dataDir, 'pglite') });
  try {
    return await dumpReadModels(driver, 'read_models');
  } finally {
    await driver.close();
  }
}
