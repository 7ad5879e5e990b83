import { repeat } from '@relocation/runtime';
import type { FastifyBaseLogger } from 'fastify';
import type { ErasureReason } from './eraseCase.ts';

export interface RetentionOptions {
  /** Cases whose last entry is older than this many years are erased (RETENTION_YEARS, default 5). */
  readonly years: number;
  readonly clock: () => Date;
  /** Ids of cases not erased whose last entry is before the cutoff, oldest first. */
  readonly candidates: (cutoff: Date, limit: number) => Promise<readonly string[]>;
  readonly erase: (relocationId: string, reason: ErasureReason) => Promise<boolean>;
  readonly batchSize?: number;
  readonly logger?: FastifyBaseLogger;
  /**
   * After every pass, erasures or not: vacuums deleted key material away again, in case an erasure's own vacuum
   * had to keep a row that a then-open snapshot could still see.
   */
  readonly afterPass?: () => Promise<void>;
}

/** The instant `years` calendar years before `now` (UTC). */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** One pass: erases every case past retention (in batches). Returns how many it erased. */
export async function runRetentionOnce(options: RetentionOptions): Promise<number> {
  const cutoff = retentionCutoff(options.clock(), options.years);
  const batchSize = options.batchSize ?? 100;
  let erased = 0;
  for (;;) {
    const ids = await options.candidates(cutoff, batchSize);
    for (const id of ids) {
      if (await options.erase(id, 'retention')) erased += 1;
      options.logger?.info({ relocationId: id }, 'retention: case erased');
    }
    if (ids.length < batchSize) return erased;
  }
}

/** The first pass waits this long (or `pollMs`, if shorter), so that it never slows the engine's start. */
export const RETENTION_FIRST_PASS_DELAY_MS = 10_000;

/**
 * Runs `runRetentionOnce` every `pollMs` until stopped, the first time `RETENTION_FIRST_PASS_DELAY_MS` after the
 * start. The read model lags the store slightly, so a case just erased may be found again: erasing it again is
 * harmless. Errors are logged and retried on the next poll.
 */
export function startRetentionJob(options: RetentionOptions & { readonly pollMs: number }): {
  stop(): Promise<void>;
} {
  const controller = new AbortController();
  const done = repeat(
    async () => {
      await runRetentionOnce(options);
      await options.afterPass?.();
    },
    {
      signal: controller.signal,
      intervalMs: options.pollMs,
      firstDelayMs: Math.min(options.pollMs, RETENTION_FIRST_PASS_DELAY_MS),
      onFailure: (error) =>
        options.logger?.error({ err: error }, 'retention pass failed; retrying on the next poll'),
    },
  );
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
}
