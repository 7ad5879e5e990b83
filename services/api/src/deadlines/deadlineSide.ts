import { randomUUID } from 'node:crypto';
import type { CommandHandler } from '@relocation/application';
import { startMonitor, type MonitorLogger, type RunningMonitor } from '@relocation/deadline-monitor';
import type { EventStore } from '@relocation/event-store';
import type { SqlQueryable } from '@relocation/postgres';
import {
  createDashboardQueries,
  createDeadlineQueries,
  type DashboardQueries,
} from '@relocation/read-models';
import { notReady, ready, type Worker } from '@relocation/runtime';
import { createApiMetrics, type ApiMetrics } from '../metrics/apiMetrics.ts';

export interface DeadlineSideOptions {
  /** The read models' database and schema (the monitor and the dashboard read them). */
  readonly db: SqlQueryable;
  readonly readModelSchema: string;
  readonly store: EventStore;
  /** The uninstrumented command handler; the monitor's commands are counted in the metrics too. */
  readonly commands: CommandHandler;
  readonly clock: () => Date;
  readonly logger: MonitorLogger;
  readonly monitor: 'inline' | 'off';
  readonly pollMs: number;
  readonly metrics: 'on' | 'off';
  /** For the checkpoint gauge: when the newest valid signed checkpoint was issued. */
  readonly latestCheckpointIssuedAt?: () => Promise<Date | undefined>;
}

export interface DeadlineSide {
  readonly dashboard: DashboardQueries;
  readonly metrics?: ApiMetrics;
  /** The deadline monitor, with DEADLINE_MONITOR=inline; it stops after its run in progress. */
  readonly worker?: Worker;
}

/** The dashboard queries, the metrics and, with DEADLINE_MONITOR=inline, the deadline monitor in this process. */
export function createDeadlineSide(options: DeadlineSideOptions): DeadlineSide {
  const dashboard = createDashboardQueries({
    db: options.db,
    store: options.store,
    schema: options.readModelSchema,
  });
  const metrics =
    options.metrics === 'on'
      ? createApiMetrics({
          dashboard,
          clock: options.clock,
          deadlines: createDeadlineQueries(options.db, options.readModelSchema),
          ...(options.latestCheckpointIssuedAt === undefined
            ? {}
            : { latestCheckpointIssuedAt: options.latestCheckpointIssuedAt }),
        })
      : undefined;
  let monitor: RunningMonitor | undefined;
  const worker: Worker | undefined =
    options.monitor === 'inline'
      ? {
          name: 'deadline-monitor',
          async start() {
            monitor = startMonitor(
              {
                deadlines: createDeadlineQueries(options.db, options.readModelSchema),
                handler: metrics === undefined ? options.commands : metrics.instrument(options.commands),
                clock: options.clock,
                newId: randomUUID,
                logger: options.logger,
              },
              { pollMs: options.pollMs },
            );
          },
          async stop() {
            await monitor?.stop();
            monitor = undefined;
          },
          readiness: () => (monitor === undefined ? notReady('stopped') : ready),
        }
      : undefined;
  return {
    dashboard,
    ...(metrics === undefined ? {} : { metrics }),
    ...(worker === undefined ? {} : { worker }),
  };
}
