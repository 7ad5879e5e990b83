import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../config.ts';

describe('deadline, monitor and metrics settings', () => {
  it('default to the monitor inline, a one-second poll, and /metrics only with a METRICS_TOKEN', () => {
    expect(parseConfig({})).toMatchObject({
      deadlinePolicy: undefined,
      deadlinePolicyFile: undefined,
      deadlineMonitor: 'inline',
      deadlinePollMs: 1000,
      metrics: 'off',
      metricsToken: undefined,
    });
    const token = 'a'.repeat(32);
    expect(parseConfig({ METRICS_TOKEN: token })).toMatchObject({ metrics: 'on', metricsToken: token });
    expect(parseConfig({ METRICS_TOKEN: token, METRICS: 'off' })).toMatchObject({ metrics: 'off' });
  });

  it('read DEADLINE_POLICY in the compact form, DEADLINE_POLICY_FILE, DEADLINE_MONITOR, DEADLINE_POLL_MS, METRICS', () => {
    const config = parseConfig({
      DEADLINE_POLICY:
        '{"durations":{"threatAssessment":{"acute":"PT2S","planned":"2bd"}},"escalation":"PT3S"}',
      DEADLINE_MONITOR: 'off',
      DEADLINE_POLL_MS: '200',
      METRICS: 'off',
    });
    expect(config).toMatchObject({
      deadlinePolicy: {
        durations: {
          threatAssessment: {
            acute: { kind: 'iso', duration: 'PT2S' },
            planned: { kind: 'businessDays', days: 2 },
          },
        },
        escalation: { kind: 'iso', duration: 'PT3S' },
      },
      deadlineMonitor: 'off',
      deadlinePollMs: 200,
      metrics: 'off',
    });
    expect(parseConfig({ DEADLINE_POLICY_FILE: '/etc/relocation/deadlines.json' }).deadlinePolicyFile).toBe(
      '/etc/relocation/deadlines.json',
    );
  });

  it('refuse bad values before anything starts, naming the variable', () => {
    const problems = (env: Record<string, string>): string => {
      try {
        parseConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(
      problems({ DEADLINE_POLICY: '{"durations":{"threatAssessment":{"acute":"soon","planned":"2bd"}}}' }),
    ).toContain('DEADLINE_POLICY.durations.threatAssessment.acute: Not a duration: "soon"');
    expect(problems({ DEADLINE_POLICY: '{"escalation":"PT1S","extra":1}' })).toContain('DEADLINE_POLICY');
    expect(problems({ DEADLINE_POLICY: '{}', DEADLINE_POLICY_FILE: '/x.json' })).toContain('not several');
    expect(problems({ DEADLINE_MONITOR: 'sometimes' })).toContain('DEADLINE_MONITOR');
    expect(problems({ DEADLINE_POLL_MS: '0' })).toContain('DEADLINE_POLL_MS');
    expect(problems({ METRICS: 'maybe' })).toContain('METRICS');
    expect(problems({ METRICS: 'on' })).toContain('METRICS_TOKEN: required when METRICS=on');
    expect(problems({ METRICS_TOKEN: 'short' })).toContain('at least 32 characters');
    expect(problems({ METRICS_TOKEN: `${'a'.repeat(32)} b` })).toContain('without spaces');
  });
});
