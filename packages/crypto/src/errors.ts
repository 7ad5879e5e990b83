/**
 * Typed errors with stable codes. Messages name case ids and key ids only, never personal data or key material.
 */
export type CryptoErrorCode =
  | 'DATA_KEY_DESTROYED'
  | 'DATA_KEY_NOT_FOUND'
  | 'DATA_KEY_EXISTS'
  | 'DATA_KEY_UNWRAP_FAILED'
  | 'ENVELOPE_TAMPERED'
  | 'UNKNOWN_KEK';

export abstract class CryptoError extends Error {
  abstract readonly code: CryptoErrorCode;
}

/** The case's data key was destroyed (erasure): its personal data is unreadable for good. */
export class DataKeyDestroyedError extends CryptoError {
  readonly code = 'DATA_KEY_DESTROYED';
  readonly caseId: string;
  readonly destroyedAt: Date;

  constructor(caseId: string, destroyedAt: Date) {
    super(`the data key of case ${caseId} was destroyed at ${destroyedAt.toISOString()}`);
    this.name = 'DataKeyDestroyedError';
    this.caseId = caseId;
    this.destroyedAt = destroyedAt;
  }
}

/** No data key was ever created for the case, so no envelope of it can exist. */
export class DataKeyNotFoundError extends CryptoError {
  readonly code = 'DATA_KEY_NOT_FOUND';
  readonly caseId: string;

  constructor(caseId: string) {
    super(`no data key exists for case ${caseId}`);
    this.name = 'DataKeyNotFoundError';
    this.caseId = caseId;
  }
}

/** A data key store already holds a key (or an erasure record) for the case. */
export class DataKeyExistsError extends CryptoError {
  readonly code = 'DATA_KEY_EXISTS';
  readonly caseId: string;

  constructor(caseId: string) {
    super(`a data key (or its erasure record) already exists for case ${caseId}`);
    this.name = 'DataKeyExistsError';
    this.caseId = caseId;
  }
}

/** A wrapped data key did not unwrap with the KEK its record names: wrong KEK material or a tampered record. */
export class DataKeyUnwrapError extends CryptoError {
  readonly code = 'DATA_KEY_UNWRAP_FAILED';
  readonly caseId: string;
  readonly kekId: string;

  constructor(caseId: string, kekId: string) {
    super(`the data key of case ${caseId} does not unwrap with KEK '${kekId}'`);
    this.name = 'DataKeyUnwrapError';
    this.caseId = caseId;
    this.kekId = kekId;
  }
}

export type EnvelopeTamperReason = 'malformed' | 'key_mismatch' | 'authentication_failed';

/** An envelope is malformed, belongs to another key or case, or fails GCM authentication. */
export class EnvelopeTamperedError extends CryptoError {
  readonly code = 'ENVELOPE_TAMPERED';
  readonly caseId: string;
  readonly reason: EnvelopeTamperReason;

  constructor(caseId: string, reason: EnvelopeTamperReason) {
    super(`an envelope of case ${caseId} was rejected (${reason})`);
    this.name = 'EnvelopeTamperedError';
    this.caseId = caseId;
    this.reason = reason;
  }
}

/** A KEK id that the key ring does not hold. */
export class UnknownKekError extends CryptoError {
  readonly code = 'UNKNOWN_KEK';
  readonly kekIds: readonly string[];

  constructor(kekIds: readonly string[]) {
    super(`the key ring holds no KEK with id ${kekIds.map((id) => `'${id}'`).join(', ')}`);
    this.name = 'UnknownKekError';
    this.kekIds = kekIds;
  }
}
