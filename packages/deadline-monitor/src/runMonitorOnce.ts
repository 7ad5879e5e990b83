import {
  CommandRejectedError,
  ConcurrentUpdateError,
  PreconditionFailedError,
  type CommandHandler,
} from '@relocation/application';
import type { DueStep, DueStepKind } from '@relocation/read-models';
import { silentMonitorLogger, type MonitorLogger } from './monitorLogger.ts';
import { stepCommand, stepIdempotencyKey } from './stepCommand.ts';

/** Where the monitor learns which steps are due: the read models' `createDeadlineQueries`, or a stand-in. */
export interface DueStepSource {
  dueSteps(now: Date, limit?: number): Promise<DueStep[]>;
}

export interface MonitorDependencies {
  readonly deadlines: DueStepSource;
  /** The write side; its own clock must be the monitor's (decide checks the due time against it). */
  readonly handler: CommandHandler;
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly logger?: MonitorLogger;
  /** Steps read per run (default 500); the rest are found on the next run. */
  readonly batchSize?: number;
}

/**
 * - fired: this run appended the step's events;
 * - duplicate: the step's idempotency key was already used (an earlier run or another monitor), nothing appended;
 * - skipped: the case moved since the read model saw it, or the domain refused (already missed, met, escalated);
 * - failed: anything else (the store was unreachable, say); the step is tried again on the next run.
 */
export type StepOutcome = 'fired' | 'duplicate' | 'skipped' | 'failed';

export interface StepReport {
  readonly relocationId: string;
  readonly deadlineId: string;
  readonly step: DueStepKind;
  readonly outcome: StepOutcome;
  /** For skipped and failed steps: the error code or name (never a message, which could quote data). */
  readonly reason?: string;
}

export interface MonitorRun {
  readonly at: string;
  readonly steps: readonly StepReport[];
}

function skipReason(error: unknown): string | undefined {
  if (error instanceof CommandRejectedError) return error.domainError.code;
  if (error instanceof PreconditionFailedError) return error.code;
  if (error instanceof ConcurrentUpdateError) return error.code;
  return undefined;
}

/**
 * One pass of the deadline monitor: reads the steps due at `clock()` and issues each as a system command with the
 * case revision the read model saw (`ifMatch`) and an idempotency key derived from the deadline and the step. So two
 * monitors at once, a late monitor or a restart mid-run append each step at most once: the loser of a race gets a
 * precondition failure or the first result back, and `decide` refuses a deadline already missed, met or escalated.
 * A case's steps are issued in order, each expecting the revision the previous one left.
 */
export async function runMonitorOnce(deps: MonitorDependencies): Promise<MonitorRun> {
  const logger = deps.logger ?? silentMonitorLogger;
  const now = deps.clock();
  const due = await deps.deadlines.dueSteps(now, deps.batchSize ?? 500);
  const revisions = new Map<string, number>();
  const reports: StepReport[] = [];
  for (const step of due) {
    const ids = { relocationId: step.relocationId, deadlineId: step.deadlineId, step: step.step };
    const ifMatch = revisions.get(step.relocationId) ?? step.revision;
    try {
      const result = await deps.handler.handle(stepCommand(step, deps.newId), {
        ifMatch,
        idempotencyKey: stepIdempotencyKey(step),
      });
      revisions.set(step.relocationId, result.revision);
      const outcome: StepOutcome = result.replayed ? 'duplicate' : 'fired';
      reports.push({ ...ids, outcome });
      if (outcome === 'fired') logger.info({ ...ids, kind: step.kind }, 'deadline step recorded');
    } catch (error) {
      const reason = skipReason(error);
      if (reason !== undefined) {
        reports.push({ ...ids, outcome: 'skipped', reason });
        logger.info({ ...ids, reason }, 'deadline step skipped');
      } else {
        const name = error instanceof Error ? error.name : typeof error;
        reports.push({ ...ids, outcome: 'failed', reason: name });
        logger.error({ ...ids, error: name }, 'deadline step failed; retried on the next run');
      }
    }
  }
  return { at: now.toISOString(), steps: reports };
}
