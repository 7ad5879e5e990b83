import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandBodies, createDemoClient, devTokenMinter, startEngine } from '@relocation/api/demo';
import type { DemoClient, RunningEngine } from '@relocation/api/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, dropDatabase } from './support/freshDatabase.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.warn(
    'deadlinesService.e2e.test.ts skipped: DATABASE_URL is not set (the monitor runs alone only against PostgreSQL)',
  );
}

const monitorDirectory = fileURLToPath(new URL('../../services/deadlines/', import.meta.url));
const monitorEntry = join(monitorDirectory, 'src/main.ts');

interface MonitorProcess {
  readonly child: ChildProcess;
  output(): string;
}

/** Starts `services/deadlines` alone and resolves once it logs that it started. */
async function startMonitorProcess(env: Readonly<Record<string, string>>): Promise<MonitorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', monitorEntry], {
    cwd: monitorDirectory,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the monitor did not start:\n${output}`)), 120_000);
    const keep = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('deadline monitor started')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the monitor exited with ${String(code)}:\n${output}`));
    });
  });
  await started;
  return { child, output: () => output };
}

async function stopMonitor(monitor: MonitorProcess | undefined): Promise<number | null> {
  if (monitor === undefined || monitor.child.exitCode !== null) return monitor?.child.exitCode ?? null;
  const exited = new Promise<number | null>((resolve) => monitor.child.once('exit', (code) => resolve(code)));
  monitor.child.kill('SIGTERM');
  return exited;
}

interface StalledEntry {
  readonly relocationId: string;
  readonly escalationLevel: number;
}

// Production's shape for deadlines: the API with DEADLINE_MONITOR=off and two stand-alone monitors racing.
describe.skipIf(!serverUrl)('two stand-alone deadline monitors beside the API on PostgreSQL', () => {
  let dataDir: string;
  let database: { url: string; name: string } | undefined;
  let api: RunningEngine | undefined;
  const monitors: MonitorProcess[] = [];
  let client: DemoClient;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'relocation-e2e-deadlines-'));
    database = await createFreshDatabase(serverUrl ?? '');
    api = await startEngine({
      DATA_DIR: dataDir,
      EVENT_STORE: 'postgres',
      DATABASE_URL: database.url,
      DEADLINE_MONITOR: 'off',
      DEADLINE_POLICY: JSON.stringify({
        durations: { threatAssessment: { acute: 'PT2S', planned: 'PT2S' } },
        escalation: 'PT3S',
      }),
    });
    client = createDemoClient({ baseUrl: api.baseUrl, tokenFor: await devTokenMinter(dataDir) });
    for (let n = 0; n < 2; n += 1) {
      monitors.push(
        await startMonitorProcess({
          EVENT_STORE: 'postgres',
          DATABASE_URL: database.url,
          DEADLINE_POLL_MS: '100',
          LOG_LEVEL: 'info',
          // Each monitor's health server on a port of its own (0: any free port), as on separate machines.
          HEALTH_PORT: '0',
        }),
      );
    }
  });

  afterAll(async () => {
    for (const monitor of monitors) await stopMonitor(monitor);
    await api?.stop();
    if (database !== undefined) await dropDatabase(serverUrl ?? '', database.name);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('each step of each case is recorded once, whichever monitor gets there first', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      const initiated = await client.request('sending', 'POST', '/v1/relocations', commandBodies['']);
      expect(initiated.status, JSON.stringify(initiated.body)).toBe(201);
      const id = (initiated.body as { relocationId: string }).relocationId;
      expect(
        (await client.request('sending', 'POST', `/v1/relocations/${id}/consent`, commandBodies.consent))
          .status,
      ).toBe(200);
      expect((await client.request('sending', 'POST', `/v1/relocations/${id}/submit`, {})).status).toBe(200);
      ids.push(id);
    }

    const until = Date.now() + 90_000;
    for (;;) {
      const response = await client.request('coordinator', 'GET', '/v1/dashboard/stalled');
      const cases = (response.body as { cases: StalledEntry[] }).cases.filter((c) =>
        ids.includes(c.relocationId),
      );
      if (cases.length === ids.length && cases.every((c) => c.escalationLevel === 2)) break;
      if (Date.now() > until) {
        throw new Error(
          `not escalated in time: ${JSON.stringify(cases)}\n${monitors.map((m) => m.output()).join('\n')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    for (const id of ids) {
      const history = await client.request('sending', 'GET', `/v1/relocations/${id}/history`);
      const types = (history.body as { entries: { type: string }[] }).entries.map((entry) => entry.type);
      expect(types.filter((type) => type === 'DeadlineMissed')).toHaveLength(1);
      expect(types.filter((type) => type === 'EscalationRaised')).toHaveLength(2);
    }
    // Both monitors took part or stood by; neither failed, and both stop cleanly.
    for (const monitor of monitors) expect(monitor.output()).not.toContain('"level":50');
    for (const monitor of monitors.splice(0)) expect(await stopMonitor(monitor)).toBe(0);
  });
});
