import type { AccessLog } from '@relocation/access-log';
import type { FastifyBaseLogger } from 'fastify';
import { Counter, Gauge, type Registry } from 'prom-client';

export interface AccessAlertOptions {
  readonly accessLog: AccessLog;
  /** More distinct cases than this read by one user within an hour raises the alert. */
  readonly distinctCasesPerHour: number;
  readonly clock: () => Date;
  /** The API's metrics registry (GET /metrics); without one, a private registry is used. */
  readonly registry?: Registry;
  readonly logger?: FastifyBaseLogger;
}

export interface AccessAlert {
  /** Called after a user's reads were recorded: counts their distinct cases in the last hour. */
  observe(user: { readonly userId: string; readonly organisationId: string }): Promise<number>;
}

const hourMs = 3_600_000;

/**
 * Over-reading detection: ordinary staff looking where they should not is how protected addresses leak. After each
 * recorded read the reader's distinct cases in the last hour are counted from the access log (so every API replica
 * sees the same count). Metrics: `relocation_access_distinct_cases_last_hour{organisation}` (the latest count seen
 * per organisation) and `relocation_access_over_threshold_total{organisation}` (reads made above the threshold),
 * which the alert rule in infra/prometheus/alerts.yml watches. The warning log names the user and organisation,
 * never a case's personal data.
 */
export function createAccessAlert(options: AccessAlertOptions): AccessAlert {
  const registers = options.registry === undefined ? [] : [options.registry];
  const distinct = new Gauge({
    name: 'relocation_access_distinct_cases_last_hour',
    help: 'Distinct cases the latest reader of each organisation read within the last hour',
    labelNames: ['organisation'] as const,
    registers,
  });
  const over = new Counter({
    name: 'relocation_access_over_threshold_total',
    help: 'Case reads by a user who had read more distinct cases in the last hour than ACCESS_ALERT_DISTINCT_CASES_PER_HOUR',
    labelNames: ['organisation'] as const,
    registers,
  });
  return {
    async observe(user) {
      const since = new Date(options.clock().getTime() - hourMs);
      // Counted per organisation and user (the same id in two organisations is two people); the metric carries no
      // user, the warning log line and the auditor's access log name who it was.
      const count = await options.accessLog.distinctCasesSince(user, since);
      distinct.set({ organisation: user.organisationId }, count);
      if (count > options.distinctCasesPerHour) {
        over.inc({ organisation: user.organisationId });
        options.logger?.warn(
          { userId: user.userId, organisationId: user.organisationId, distinctCases: count },
          'access alert: a user read more distinct cases in the last hour than allowed',
        );
      }
      return count;
    },
  };
}
