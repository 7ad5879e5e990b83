import { createHost, type Host, type HostOptions } from './host.ts';

/** The parts of `process` the runner uses (a test passes its own). */
export interface ProcessLike {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exitCode?: number | string | null | undefined;
  exit(code: number): never;
}

export interface RunOptions extends HostOptions {
  /** Called once every worker runs (print the URLs, say). */
  readonly onStarted?: () => void;
  readonly process?: ProcessLike;
  /**
   * After the workers stopped, the process ends by itself once nothing holds it; if something still does (a
   * timer nobody cleared, a socket), it is ended after this long all the same (default 2 s).
   */
  readonly exitGraceMs?: number;
}

export interface RunningHost {
  readonly host: Host;
  /** Resolves with the exit code once the host stopped, for whatever reason. */
  readonly exited: Promise<number>;
}

/**
 * The process around a host: starts the workers, stops them on SIGINT/SIGTERM (exit code 0 when they stopped
 * cleanly), when a worker fails (exit code 1) and when a worker cannot start (exit code 1), and makes sure the
 * process then ends.
 */
export function runHost(options: RunOptions): RunningHost {
  const proc: ProcessLike = options.process ?? process;
  const exitGraceMs = options.exitGraceMs ?? 2_000;
  const { logger } = options;
  const host = createHost(options);
  let finish: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => {
    let finished = false;
    finish = (code) => {
      if (finished) return;
      finished = true;
      proc.exitCode = code;
      setTimeout(() => {
        logger.warn({ exitGraceMs }, 'something still holds the process after stopping; exiting');
        proc.exit(code);
      }, exitGraceMs).unref();
      resolve(code);
    };
  });
  let signalled = false;
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => () => {
    signalled = true;
    void host.stop(signal).then((report) => finish(report.clean ? 0 : 1));
  };
  proc.once('SIGINT', onSignal('SIGINT'));
  proc.once('SIGTERM', onSignal('SIGTERM'));
  void host.failed.then(async () => {
    await host.stop('worker failed');
    finish(1);
  });
  host.start().then(
    () => {
      logger.info('started');
      options.onStarted?.();
    },
    async (error: unknown) => {
      const report = await host.stop('start failed');
      if (signalled) return finish(report.clean ? 0 : 1);
      logger.error({ err: error }, 'could not start');
      finish(1);
    },
  );
  return { host, exited };
}
