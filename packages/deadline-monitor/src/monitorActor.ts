import type { Actor } from '@relocation/domain';

/**
 * Who the monitor acts as. Every monitor instance uses the same actor, so the idempotency keys it derives are the
 * same keys in every instance (the handler namespaces keys by organisation and user).
 */
export const monitorActor: Actor = Object.freeze({
  userId: 'deadline-monitor',
  organisationId: 'system:deadlines',
  role: 'system',
});
