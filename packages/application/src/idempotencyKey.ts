import { createHash } from 'node:crypto';
import type { Command } from '@relocation/domain';
import { canonicalJson, type Json } from '@relocation/event-store';

/**
 * The key as stored: namespaced by the caller, so one party cannot replay (and so read) another's result by
 * sending the same `Idempotency-Key`.
 */
export const namespacedIdempotencyKey = (organisationId: string, userId: string, key: string): string =>
  createHash('sha256')
    .update(JSON.stringify([organisationId, userId, key]), 'utf8')
    .digest('hex');

/**
 * What a key is bound to besides the caller: the command (the route), the case and the body. Stored with the
 * command's events (metadata `request`), so that the same key sent with another request is refused instead of
 * answered with the first request's result. The client's key is part of it, so the hash tells nothing about a
 * body to someone who does not hold the key (keys must be random, e.g. a UUID).
 */
export const requestFingerprint = (command: Command, key: string): string =>
  createHash('sha256')
    .update(
      canonicalJson([
        key,
        command.actor.organisationId,
        command.actor.userId,
        command.type,
        command.type === 'InitiateRelocation' ? null : command.relocationId,
        command.payload as unknown as Json,
      ]),
      'utf8',
    )
    .digest('base64url');
