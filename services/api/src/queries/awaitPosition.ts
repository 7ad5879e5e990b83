import type { ReadModels } from '@relocation/read-models';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../errors/apiError.ts';

const POLL_MS = 20;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Read-your-writes: waits until the read models have projected the event at `position`, at most `waitMs`;
 * then answers 503 READ_MODEL_BEHIND with `Retry-After: 1`. Without a position it returns at once.
 */
export async function awaitPosition(
  readModels: Pick<ReadModels, 'hasProcessed'>,
  position: bigint | undefined,
  waitMs: number,
  reply: FastifyReply,
): Promise<void> {
  if (position === undefined) return;
  const deadline = performance.now() + waitMs;
  for (;;) {
    if (await readModels.hasProcessed(position)) return;
    const left = deadline - performance.now();
    if (left <= 0) break;
    await pause(Math.min(POLL_MS, left));
  }
  reply.header('retry-after', '1');
  throw new ApiError(
    503,
    'READ_MODEL_BEHIND',
    'The read models have not reached that position yet. Retry shortly.',
    {
      minPosition: position.toString(),
    },
  );
}
