import {
  CommandRejectedError,
  ConcurrentUpdateError,
  IdempotencyKeyReusedError,
  PreconditionFailedError,
} from '@relocation/application';

/** The outcome label of a handled command: a small fixed set, so the metric's cardinality stays bounded. */
export type CommandOutcome =
  | 'accepted'
  | 'replayed'
  | 'rejected'
  | 'precondition_failed'
  | 'conflict'
  | 'idempotency_key_reused'
  | 'error';

export function outcomeOfError(error: unknown): CommandOutcome {
  if (error instanceof CommandRejectedError) return 'rejected';
  if (error instanceof PreconditionFailedError) return 'precondition_failed';
  if (error instanceof ConcurrentUpdateError) return 'conflict';
  if (error instanceof IdempotencyKeyReusedError) return 'idempotency_key_reused';
  return 'error';
}
