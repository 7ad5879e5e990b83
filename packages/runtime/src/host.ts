import type { Logger } from 'pino';
import { notReady, ready, type Worker, type WorkerContext, type WorkerReadiness } from './worker.ts';

export interface HostOptions {
  readonly workers: readonly Worker[];
  readonly logger: Logger;
  /** How long stopping every worker may take in all before the host gives up on the rest (default 10 s). */
  readonly stopDeadlineMs?: number;
  /** How long one worker's readiness check may take before it counts as not ready (default 2 s). */
  readonly readinessTimeoutMs?: number;
}

export interface HostReadiness {
  readonly ready: boolean;
  readonly workers: Readonly<Record<string, WorkerReadiness>>;
}

export interface StopReport {
  /** Every worker that was started stopped within the deadline and without an error. */
  readonly clean: boolean;
  /** Workers whose stop rejected. */
  readonly failed: readonly string[];
  /** Workers still stopping when the deadline passed. */
  readonly timedOut: readonly string[];
}

export interface Host {
  /**
   * Starts the workers in order. When one cannot start, stops those already started (in reverse order) and
   * rejects with a {@link WorkerStartError}.
   */
  start(): Promise<void>;
  /** Stops the started workers in reverse order within the deadline; later calls return the same report. */
  stop(reason: string): Promise<StopReport>;
  /** Every worker's readiness; ready when all are. */
  readiness(): Promise<HostReadiness>;
  /** Resolves when a started worker reported a failure (the host is then stopping); never rejects. */
  readonly failed: Promise<{ readonly worker: string; readonly error: unknown }>;
}

export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError';
  readonly worker: string;
  constructor(worker: string, cause: unknown) {
    super(`worker ${worker} could not start: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.worker = worker;
  }
}

type State = 'idle' | 'starting' | 'running' | 'stopping' | 'stopped' | 'failed';

const timeout = (ms: number) => {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
};

/** Runs a list of workers: starts them in order, stops them in reverse order, aggregates their readiness. */
export function createHost(options: HostOptions): Host {
  const { logger } = options;
  const stopDeadlineMs = options.stopDeadlineMs ?? 10_000;
  const readinessTimeoutMs = options.readinessTimeoutMs ?? 2_000;
  const names = new Set<string>();
  for (const worker of options.workers) {
    if (names.has(worker.name)) throw new Error(`two workers are named ${worker.name}`);
    names.add(worker.name);
  }
  const states = new Map<string, State>(options.workers.map((worker) => [worker.name, 'idle']));
  const started: Worker[] = [];
  const controller = new AbortController();
  let stopping: Promise<StopReport> | undefined;
  /** `stopping` as it is now (TypeScript would keep the narrowing from before an await). */
  const stoppingNow = (): Promise<StopReport> | undefined => stopping;
  let reportFailure: (failure: { worker: string; error: unknown }) => void = () => undefined;
  const failed = new Promise<{ worker: string; error: unknown }>((resolve) => {
    reportFailure = resolve;
  });

  const contextFor = (worker: Worker): WorkerContext => ({
    signal: controller.signal,
    fail(error) {
      if (stopping !== undefined) return;
      states.set(worker.name, 'failed');
      logger.error({ worker: worker.name, err: error }, 'worker failed; stopping');
      reportFailure({ worker: worker.name, error });
      void host.stop(`worker ${worker.name} failed`);
    },
  });

  const stopAll = async (reason: string): Promise<StopReport> => {
    controller.abort();
    logger.info({ reason }, 'stopping');
    const deadline = Date.now() + stopDeadlineMs;
    const failedNames: string[] = [];
    const timedOut: string[] = [];
    for (const worker of [...started].reverse()) {
      if (states.get(worker.name) !== 'failed') states.set(worker.name, 'stopping');
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        // Out of time: ask it to stop all the same, but do not wait.
        worker.stop().catch(() => undefined);
        timedOut.push(worker.name);
        continue;
      }
      const limit = timeout(remaining);
      const outcome = await Promise.race([
        worker.stop().then(
          () => 'stopped' as const,
          (error: unknown) => {
            logger.error({ worker: worker.name, err: error }, 'worker failed to stop');
            return 'error' as const;
          },
        ),
        limit.promise,
      ]);
      limit.cancel();
      if (outcome === 'timeout') {
        logger.error({ worker: worker.name, deadlineMs: stopDeadlineMs }, 'worker did not stop in time');
        timedOut.push(worker.name);
      } else if (outcome === 'error') {
        failedNames.push(worker.name);
      } else {
        logger.debug({ worker: worker.name }, 'worker stopped');
      }
      states.set(worker.name, 'stopped');
    }
    const report = {
      clean: failedNames.length === 0 && timedOut.length === 0,
      failed: failedNames,
      timedOut,
    };
    logger.info(report, 'stopped');
    return report;
  };

  const host: Host = {
    failed,
    async start() {
      for (const worker of options.workers) {
        if (stopping !== undefined)
          throw new WorkerStartError(worker.name, new Error('the host is stopping'));
        states.set(worker.name, 'starting');
        try {
          await worker.start(contextFor(worker));
        } catch (error) {
          states.set(worker.name, 'failed');
          logger.error({ worker: worker.name, err: error }, 'worker could not start');
          await host.stop(`worker ${worker.name} could not start`);
          throw new WorkerStartError(worker.name, error);
        }
        // Read again after the await: a failure or a signal may have begun stopping meanwhile.
        const stoppingMeanwhile = stoppingNow();
        if (stoppingMeanwhile !== undefined) {
          // A worker failed (or a signal came) while this one started: the others are stopping, stop it too.
          await stoppingMeanwhile;
          await worker.stop().catch((error: unknown) => {
            logger.error({ worker: worker.name, err: error }, 'worker failed to stop');
          });
          states.set(worker.name, 'stopped');
          throw new WorkerStartError(worker.name, new Error('the host stopped while it started'));
        }
        started.push(worker);
        states.set(worker.name, 'running');
        logger.debug({ worker: worker.name }, 'worker started');
      }
    },
    stop(reason) {
      stopping ??= stopAll(reason);
      return stopping;
    },
    async readiness() {
      const entries = await Promise.all(
        options.workers.map(async (worker): Promise<[string, WorkerReadiness]> => {
          const state = states.get(worker.name);
          if (state !== 'running')
            return [worker.name, notReady(state === 'idle' ? 'not_started' : (state ?? 'unknown'))];
          const limit = timeout(readinessTimeoutMs);
          try {
            const result = await Promise.race([Promise.resolve(worker.readiness()), limit.promise]);
            if (result === 'timeout') return [worker.name, notReady('readiness_timeout')];
            // Only the fixed fields: a worker's own report may carry free text (a detail) that stays inside.
            return [worker.name, result.ready ? ready : notReady(result.reason ?? 'not_ready')];
          } catch {
            return [worker.name, notReady('readiness_failed')];
          } finally {
            limit.cancel();
          }
        }),
      );
      const workers = Object.fromEntries(entries);
      return { ready: entries.every(([, status]) => status.ready), workers };
    },
  };
  return host;
}
