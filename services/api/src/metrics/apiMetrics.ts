import type { CommandHandler } from '@relocation/application';
import type { DashboardQueries, DeadlineQueries } from '@relocation/read-models';
import { Counter, Gauge, Registry } from 'prom-client';
import { outcomeOfError, type CommandOutcome } from './commandOutcome.ts';

export interface ApiMetricsOptions {
  /** Source of the case and projector gauges, read at scrape time; without it only command counters exist. */
  readonly dashboard?: DashboardQueries;
  readonly clock: () => Date;
  /**
   * When the newest signed checkpoint this process can verify was issued (undefined: none yet), read at scrape
   * time; without it there is no checkpoint gauge.
   */
  readonly latestCheckpointIssuedAt?: () => Promise<Date | undefined>;
  /** The deadline steps due now, which the deadline monitor takes within a poll; without it no such gauge. */
  readonly deadlines?: Pick<DeadlineQueries, 'dueSteps'>;
}

/** The due-step gauge counts up to this many: enough to tell "some" from "many" at a bounded cost per scrape. */
const DUE_STEPS_COUNTED = 1000;

export interface ApiMetrics {
  /** This instance's own registry: two apps in one process (tests) never share counters. */
  readonly registry: Registry;
  /** Counts one handled command. */
  record(type: string, outcome: CommandOutcome, rejectionCode?: string): void;
  /** The handler, counting every command it handles by type and outcome. */
  instrument(handler: CommandHandler): CommandHandler;
}

/** One read shared by every caller while it is in flight. */
function shared<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () =>
    (inFlight ??= read().finally(() => {
      inFlight = undefined;
    }));
}

/**
 * Prometheus metrics of the engine:
 * - relocation_commands_total{type, outcome} and relocation_command_rejections_total{type, code};
 * - relocation_projector_lag_events and relocation_projector_lag_seconds (behind the feed head);
 * - relocation_projector_halted (1 when the projector stopped at an event it cannot project);
 * - relocation_cases_open{state} and relocation_cases_stalled{state}, read from the read models at scrape time;
 * - relocation_deadline_steps_due (deadline steps due now; the monitor brings it back to 0 within a poll, so a
 *   value that stays above 0 means the monitor is not running or cannot take a step);
 * - relocation_checkpoint_last_signed_timestamp_seconds (0 before the first checkpoint), for the alert that pages
 *   when signing falls behind.
 */
export function createApiMetrics(options: ApiMetricsOptions): ApiMetrics {
  const registry = new Registry();
  const commands = new Counter({
    name: 'relocation_commands_total',
    help: 'Commands handled, by command type and outcome',
    labelNames: ['type', 'outcome'] as const,
    registers: [registry],
  });
  const rejections = new Counter({
    name: 'relocation_command_rejections_total',
    help: 'Commands the domain refused, by command type and rejection code',
    labelNames: ['type', 'code'] as const,
    registers: [registry],
  });
  const { dashboard, clock, latestCheckpointIssuedAt, deadlines } = options;
  if (deadlines !== undefined) {
    new Gauge({
      name: 'relocation_deadline_steps_due',
      help: `Deadline steps due now and not yet taken by the deadline monitor (counted up to ${DUE_STEPS_COUNTED})`,
      registers: [registry],
      async collect() {
        this.set((await deadlines.dueSteps(clock(), DUE_STEPS_COUNTED)).length);
      },
    });
  }
  if (latestCheckpointIssuedAt !== undefined) {
    new Gauge({
      name: 'relocation_checkpoint_last_signed_timestamp_seconds',
      help: 'Unix time the newest valid signed checkpoint was issued at (0 when there is none)',
      registers: [registry],
      async collect() {
        const issuedAt = await latestCheckpointIssuedAt();
        this.set(issuedAt === undefined ? 0 : issuedAt.getTime() / 1000);
      },
    });
  }
  if (dashboard !== undefined) {
    // A scrape collects every gauge at once: the two lag gauges share one read, the two case gauges another.
    const lag = shared(() => dashboard.projectorLag(clock()));
    const cases = shared(() => dashboard.casesByState(clock()));
    new Gauge({
      name: 'relocation_projector_lag_events',
      help: 'Relocation events in the feed not yet in the read models (counted up to 1000)',
      registers: [registry],
      async collect() {
        this.set((await lag()).events);
      },
    });
    new Gauge({
      name: 'relocation_projector_lag_seconds',
      help: 'Seconds since the oldest event not yet in the read models was recorded (0 when caught up)',
      registers: [registry],
      async collect() {
        this.set((await lag()).seconds);
      },
    });
    const byState = (name: string, help: string, pick: 'open' | 'stalled') =>
      new Gauge({
        name,
        help,
        labelNames: ['state'] as const,
        registers: [registry],
        async collect() {
          this.reset();
          for (const row of await cases()) this.set({ state: row.state }, row[pick]);
        },
      });
    new Gauge({
      name: 'relocation_projector_halted',
      help: '1 when the projector stopped at an event it cannot project (/readyz names the event), else 0',
      registers: [registry],
      async collect() {
        this.set((await dashboard.projectionHalt()) === undefined ? 0 : 1);
      },
    });
    byState('relocation_cases_open', 'Cases not closed, aborted or withdrawn, by state', 'open');
    byState('relocation_cases_stalled', 'Open cases with a deadline past due now, by state', 'stalled');
  }

  const record = (type: string, outcome: CommandOutcome, rejectionCode?: string): void => {
    commands.inc({ type, outcome });
    if (rejectionCode !== undefined) rejections.inc({ type, code: rejectionCode });
  };

  return {
    registry,
    record,
    instrument(handler) {
      return {
        async handle(command, handleOptions) {
          try {
            const result = await handler.handle(command, handleOptions);
            record(command.type, result.replayed ? 'replayed' : 'accepted');
            return result;
          } catch (error) {
            const outcome = outcomeOfError(error);
            const code =
              outcome === 'rejected'
                ? (error as { domainError: { code: string } }).domainError.code
                : undefined;
            record(command.type, outcome, code);
            throw error;
          }
        },
      };
    },
  };
}
