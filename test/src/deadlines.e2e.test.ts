import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandBodies, createDemoClient, devTokenMinter, startEngine } from '@relocation/api/demo';
import type { DemoClient, RunningEngine } from '@relocation/api/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface StalledEntry {
  readonly relocationId: string;
  readonly state: string;
  readonly waitingFor: string;
  readonly escalationLevel: number;
  readonly businessDaysOverdue: number;
}

// The one place real seconds are fine: deadlines of two seconds, escalation four seconds after the due time, the
// monitor polling every 200 ms inside the real process (DEADLINE_MONITOR=inline is the default).
const policy = {
  durations: { threatAssessment: { acute: 'PT2S', planned: 'PT2S' } },
  escalation: 'PT4S',
};

/** Asks `probe` again every 250 ms until it returns a value, for at most `timeoutMs`. */
async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('deadlines through the real process: stalled, on the dashboard, escalated', () => {
  let dataDir: string;
  let engine: RunningEngine | undefined;
  const metricsToken = 'e2e-metrics-token-0123456789abcdef01';
  let client: DemoClient;
  let baseUrl: string;
  let relocationId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'relocation-deadlines-e2e-'));
    engine = await startEngine({
      DATA_DIR: dataDir,
      EVENT_STORE: 'pglite',
      DEADLINE_POLICY: JSON.stringify(policy),
      DEADLINE_POLL_MS: '200',
      METRICS_TOKEN: metricsToken,
    });
    baseUrl = engine.baseUrl;
    client = createDemoClient({ baseUrl, tokenFor: await devTokenMinter(dataDir) });
  });

  afterAll(async () => {
    await engine?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const stalledOnDashboard = async (): Promise<StalledEntry | undefined> => {
    const response = await client.request('coordinator', 'GET', '/v1/dashboard/stalled');
    expect(response.status).toBe(200);
    return (response.body as { cases: StalledEntry[] }).cases.find((c) => c.relocationId === relocationId);
  };

  it('drives a case to the threat assessment over HTTP', async () => {
    const initiated = await client.request('sending', 'POST', '/v1/relocations', commandBodies['']);
    expect(initiated.status, JSON.stringify(initiated.body)).toBe(201);
    relocationId = (initiated.body as { relocationId: string }).relocationId;
    const consent = await client.request(
      'sending',
      'POST',
      `/v1/relocations/${relocationId}/consent`,
      commandBodies.consent,
    );
    expect(consent.status, JSON.stringify(consent.body)).toBe(200);
    const submitted = await client.request('sending', 'POST', `/v1/relocations/${relocationId}/submit`, {});
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  });

  it('the case becomes stalled and appears on the coordinator’s dashboard, waiting for the police', async () => {
    const entry = await eventually('the case on the dashboard', stalledOnDashboard);
    expect(entry).toMatchObject({ state: 'threatAssessment', waitingFor: 'police:stockholm' });
    const police = await client.request('police', 'GET', '/v1/relocations?stalled=true');
    expect((police.body as { cases: { relocationId: string }[] }).cases.map((c) => c.relocationId)).toContain(
      relocationId,
    );
    // Other parties are refused the dashboard.
    expect((await client.request('sending', 'GET', '/v1/dashboard/stalled')).status).toBe(403);
  });

  it('the monitor records the miss (level 1) and then escalates (level 2), each exactly once', async () => {
    await eventually(
      'the miss recorded',
      async () => ((await stalledOnDashboard())?.escalationLevel ?? 0) >= 1 || undefined,
    );
    const escalated = await eventually('the escalation to level 2', async () => {
      const entry = await stalledOnDashboard();
      return entry !== undefined && entry.escalationLevel === 2 ? entry : undefined;
    });
    expect(escalated.waitingFor).toBe('police:stockholm');

    const history = await client.request('sending', 'GET', `/v1/relocations/${relocationId}/history`);
    expect(history.status).toBe(200);
    const types = (history.body as { entries: { type: string }[] }).entries.map((entry) => entry.type);
    expect(types.filter((type) => type === 'DeadlineMissed')).toHaveLength(1);
    expect(types.filter((type) => type === 'EscalationRaised')).toHaveLength(2);

    expect((await fetch(`${baseUrl}/metrics`)).status).toBe(401);
    const metrics = await fetch(`${baseUrl}/metrics`, {
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toContain('relocation_commands_total{type="MarkDeadlineMissed",outcome="accepted"} 1');
    expect(text).toContain('relocation_commands_total{type="RaiseEscalation",outcome="accepted"} 1');
    expect(text).toContain('relocation_cases_stalled{state="threatAssessment"} 1');
  });
});
