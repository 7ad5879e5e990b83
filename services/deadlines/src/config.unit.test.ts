import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DeadlinePolicyConfigError,
  loadDeadlinePolicy,
  parseDeadlinePolicyOverride,
} from '@relocation/deadline-monitor';
import { parseMonitorConfig } from './config.ts';

describe('deadline policy settings', () => {
  it('merges seconds-long durations over the defaults', async () => {
    const override = parseDeadlinePolicyOverride(
      JSON.stringify({
        durations: { threatAssessment: { acute: 'PT2S', planned: '3bd' } },
        escalation: 'PT3S',
      }),
      'DEADLINE_POLICY',
    );
    const policy = await loadDeadlinePolicy({ override });
    expect(policy?.durations.threatAssessment).toEqual({
      acute: { kind: 'iso', duration: 'PT2S' },
      planned: { kind: 'businessDays', days: 3 },
    });
    expect(policy?.durations.destinationClearance.acute).toEqual({ kind: 'businessDays', days: 1 });
    expect(policy?.escalation).toEqual({ kind: 'iso', duration: 'PT3S' });
  });

  it('reads the policy from a file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'deadline-policy-')), 'policy.json');
    await writeFile(file, JSON.stringify({ durations: { arrival: { acute: 'P1D', planned: 'P2D' } } }));
    const policy = await loadDeadlinePolicy({ file });
    expect(policy?.durations.arrival.planned).toEqual({ kind: 'iso', duration: 'P2D' });
    expect(await loadDeadlinePolicy({})).toBeUndefined();
  });

  it('refuses bad settings with a message naming the problem', async () => {
    expect(() => parseDeadlinePolicyOverride('{', 'DEADLINE_POLICY')).toThrow(/not valid JSON/);
    expect(() =>
      parseDeadlinePolicyOverride(JSON.stringify({ durations: { threat: {} } }), 'DEADLINE_POLICY'),
    ).toThrow(DeadlinePolicyConfigError);
    expect(() =>
      parseDeadlinePolicyOverride(
        JSON.stringify({ durations: { threatAssessment: { acute: 'soon', planned: '2bd' } } }),
        'DEADLINE_POLICY',
      ),
    ).toThrow(/durations\.threatAssessment\.acute: Not a duration: "soon"/);
    await expect(loadDeadlinePolicy({ file: '/nonexistent/policy.json' })).rejects.toThrow(/ENOENT/);
    await expect(loadDeadlinePolicy({ override: {}, file: '/x.json' })).rejects.toThrow(/not both/);
  });
});

describe('monitor settings', () => {
  it('runs alone only against PostgreSQL', () => {
    expect(() => parseMonitorConfig({})).toThrow(
      /EVENT_STORE: the monitor runs alone only against PostgreSQL/,
    );
    expect(() => parseMonitorConfig({ EVENT_STORE: 'postgres' })).toThrow(/DATABASE_URL: required/);
    expect(() =>
      parseMonitorConfig({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://x/y', DEADLINE_POLL_MS: '1' }),
    ).toThrow(/DEADLINE_POLL_MS/);
    expect(
      parseMonitorConfig({
        EVENT_STORE: 'postgres',
        DATABASE_URL: 'postgres://x/y',
        DEADLINE_POLL_MS: '200',
      }),
    ).toEqual({
      databaseUrl: 'postgres://x/y',
      readModelSchema: 'read_models',
      pollMs: 200,
      logLevel: 'info',
      health: { port: 8083, host: '127.0.0.1' },
    });
    expect(
      parseMonitorConfig({
        EVENT_STORE: 'postgres',
        DATABASE_URL: 'postgres://x/y',
        HEALTH_PORT: '9090',
        HEALTH_HOST: '0.0.0.0',
      }).health,
    ).toEqual({ port: 9090, host: '0.0.0.0' });
    expect(() =>
      parseMonitorConfig({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://x/y', HEALTH_PORT: 'x' }),
    ).toThrow(/HEALTH_PORT/);
  });
});
