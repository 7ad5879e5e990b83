// @relocation/runtime: the process layer every service shares. A process is a list of workers run by one host;
// the host starts them in order, stops them in reverse order, reports their readiness and owns the exit code.
export { ready, notReady, type Worker, type WorkerContext, type WorkerReadiness } from './worker.ts';
export {
  createHost,
  WorkerStartError,
  type Host,
  type HostOptions,
  type HostReadiness,
  type StopReport,
} from './host.ts';
export { serverWorker, type ServerWorker } from './serverWorker.ts';
export { createHealthServer, healthHandler, type ReadinessReport } from './healthServer.ts';
export { runHost, type ProcessLike, type RunOptions, type RunningHost } from './run.ts';
export {
  constantBackoff,
  defaultBackoff,
  exponentialBackoff,
  repeat,
  retry,
  sleep,
  type Backoff,
  type RetryOptions,
} from './retry.ts';
export {
  createLogger,
  createServiceLogger,
  loggerOptions,
  redactedPaths,
  type Logger,
  type LoggerSettings,
} from './logger.ts';
