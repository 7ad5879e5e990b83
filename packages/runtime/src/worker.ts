/** What a worker reports on `/readyz`: ready, or not with a fixed reason code (never an error message). */
export interface WorkerReadiness {
  readonly ready: boolean;
  /** Why it is not ready, e.g. `halted`, `broker_unavailable`. */
  readonly reason?: string;
}

export const ready: WorkerReadiness = { ready: true };
export const notReady = (reason: string): WorkerReadiness => ({ ready: false, reason });

/** What the host hands a worker when it starts it. */
export interface WorkerContext {
  /** Aborted when the host begins to stop (signal, another worker's failure, or a start failure). */
  readonly signal: AbortSignal;
  /**
   * Reports that the worker failed after it started (its loop died, its server closed). The host stops every
   * worker in reverse order and the process exits non-zero.
   */
  fail(error: unknown): void;
}

/**
 * One long-running part of a process: an HTTP server, a projector, a poller, a Kafka consumer. `start` resolves
 * once the part runs (a server listens, a loop is scheduled) and rejects when it cannot; `stop` resolves once
 * it has finished its work in progress and released what it holds (timers, sockets, connections).
 */
export interface Worker {
  readonly name: string;
  start(context: WorkerContext): Promise<void>;
  stop(): Promise<void>;
  readiness(): WorkerReadiness | Promise<WorkerReadiness>;
}
