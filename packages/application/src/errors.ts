import type { DomainError } from '@relocation/domain';

/** The domain refused the command; nothing was appended. `error.code` says why (the API maps it to HTTP). */
export class CommandRejectedError extends Error {
  readonly code = 'COMMAND_REJECTED';
  readonly domainError: DomainError;

  constructor(domainError: DomainError) {
    super(domainError.message);
    this.name = 'CommandRejectedError';
    this.domainError = domainError;
  }
}

/** The caller's `If-Match` revision is not the case's current one (HTTP 412); nothing was appended. */
export class PreconditionFailedError extends Error {
  readonly code = 'PRECONDITION_FAILED';
  readonly expectedRevision: number;
  readonly currentRevision: number;

  constructor(expectedRevision: number, currentRevision: number) {
    super(`The case is at revision ${currentRevision}, not ${expectedRevision}. Reload it and try again.`);
    this.name = 'PreconditionFailedError';
    this.expectedRevision = expectedRevision;
    this.currentRevision = currentRevision;
  }
}

/** Other writers kept changing the case while this command was retried (HTTP 409); nothing was appended. */
export class ConcurrentUpdateError extends Error {
  readonly code = 'CONCURRENT_UPDATE';

  constructor(attempts: number) {
    super(`The case changed during each of ${attempts} attempts. Try again.`);
    this.name = 'ConcurrentUpdateError';
  }
}

/** The idempotency key was first used for another case (HTTP 422); nothing was appended. */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';

  constructor() {
    super('This Idempotency-Key was already used for another request. Use a new key for a new request.');
    this.name = 'IdempotencyKeyReusedError';
  }
}
