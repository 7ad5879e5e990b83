import type { ReadModels } from '@relocation/read-models';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../errors/apiError.ts';

const POLL_MS = 20;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Read-your-writes: whether the read models have projected the event at `position` (or, for a position that is no
 * event's, got past it), waiting at most `waitMs`. A position already passed answers at once. It checks again as
 * soon as this process's projector commits a batch, and every POLL_MS in any case (a projector in another process).
 */
export async function reachPosition(
  readModels: Pick<ReadModels, 'hasProcessed'> & Partial<Pick<ReadModels, 'watchProgress'>>,
  position: bigint,
  waitMs: number,
): Promise<boolean> {
  const deadline = performance.now() + waitMs;
  for (;;) {
    // Watch before checking, so that a batch committed between the check and the pause ends the pause.
    const wait = readModels.watchProgress?.() ?? pause;
    if (await readModels.hasProcessed(position)) return true;
    const left = deadline - performance.now();
    if (left <= 0) return false;
    await wait(Math.min(POLL_MS, left));
  }
}

/** 503 READ_MODEL_BEHIND with `Retry-After: 1`. */
export function readModelBehind(reply: FastifyReply, position: bigint): ApiError {
  reply.header('retry-after', '1');
  return new ApiError(
    503,
    'READ_MODEL_BEHIND',
    'The read models have not reached that position yet. Retry shortly.',
    { minPosition: position.toString() },
  );
}

/** Waits for `position` like `reachPosition`, then answers 503 if it was not reached. Without a position, at once. */
export async function awaitPosition(
  readModels: Pick<ReadModels, 'hasProcessed'> & Partial<Pick<ReadModels, 'watchProgress'>>,
  position: bigint | undefined,
  waitMs: number,
  reply: FastifyReply,
): Promise<void> {
  if (position === undefined) return;
  if (!(await reachPosition(readModels, position, waitMs))) throw readModelBehind(reply, position);
}
