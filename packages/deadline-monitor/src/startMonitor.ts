import { repeat } from '@relocation/runtime';
import { silentMonitorLogger } from './monitorLogger.ts';
import { runMonitorOnce, type MonitorDependencies, type MonitorRun } from './runMonitorOnce.ts';

export interface MonitorOptions {
  /** Pause between the end of one run and the start of the next (ms). */
  readonly pollMs: number;
  /** Called after every run (tests and metrics). */
  readonly onRun?: (run: MonitorRun) => void;
}

export interface RunningMonitor {
  /** Stops after the run in progress (if any) and resolves when it has ended. */
  stop(): Promise<void>;
  /** Resolves when the loop has ended. */
  readonly done: Promise<void>;
}

/**
 * Runs the monitor until stopped: one run, a pause of `pollMs`, the next run. A run that throws (the read models
 * unreachable, say) is logged by error name and retried after the pause; runs never overlap.
 */
export function startMonitor(deps: MonitorDependencies, options: MonitorOptions): RunningMonitor {
  const logger = deps.logger ?? silentMonitorLogger;
  const controller = new AbortController();
  const loop = (): Promise<void> =>
    repeat(
      async () => {
        const run = await runMonitorOnce(deps);
        options.onRun?.(run);
      },
      {
        signal: controller.signal,
        intervalMs: options.pollMs,
        onFailure: (error) =>
          logger.error(
            { error: error instanceof Error ? error.name : typeof error },
            'deadline monitor run failed; retrying',
          ),
      },
    );
  const done = loop();
  return {
    done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}
