import { createHash } from 'node:crypto';

/**
 * The key as stored: namespaced by the caller, so one party cannot replay (and so read) another's result by
 * sending the same `Idempotency-Key`.
 */
export const namespacedIdempotencyKey = (organisationId: string, userId: string, key: string): string =>
  createHash('sha256')
    .update(JSON.stringify([organisationId, userId, key]), 'utf8')
    .digest('hex');
