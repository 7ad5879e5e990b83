import type { Json } from '@relocation/event-store';

/**
 * What the adapter itself keeps in an event's metadata, under one reserved key so that caller metadata round-trips
 * unchanged. (`$`-prefixed metadata keys belong to the server, so the key starts with an underscore.)
 */
export const STORE_METADATA_KEY = '_relocationEventStore';

export interface StoreMetadata {
  readonly hash: string;
  readonly previousHash: string | null;
  /** SHA-256 (hex) of the append's idempotency key, on every event of a keyed append. */
  readonly idempotencyKeyHash?: string;
}

export class ReservedMetadataKeyError extends Error {
  readonly code = 'RESERVED_METADATA_KEY';

  constructor() {
    super(`Event metadata must not use the reserved key ${STORE_METADATA_KEY}`);
    this.name = 'ReservedMetadataKeyError';
  }
}

export function mergeStoreMetadata(
  metadata: Record<string, Json>,
  store: StoreMetadata,
): Record<string, Json> {
  if (Object.hasOwn(metadata, STORE_METADATA_KEY)) {
    throw new ReservedMetadataKeyError();
  }
  const stored: Record<string, Json> = { hash: store.hash, previousHash: store.previousHash };
  if (store.idempotencyKeyHash !== undefined) {
    stored['idempotencyKeyHash'] = store.idempotencyKeyHash;
  }
  return { ...metadata, [STORE_METADATA_KEY]: stored };
}

export interface SplitMetadata {
  readonly metadata: Record<string, Json>;
  /** Undefined when the event was not written by this adapter (or its store metadata was damaged). */
  readonly store: StoreMetadata | undefined;
}

/** A parsed JSON object (not an array, and not the raw bytes the client returns for non-JSON metadata). */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function parseStoreMetadata(value: unknown): StoreMetadata | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const { hash, previousHash, idempotencyKeyHash } = value;
  if (typeof hash !== 'string' || (previousHash !== null && typeof previousHash !== 'string')) {
    return undefined;
  }
  if (idempotencyKeyHash !== undefined && typeof idempotencyKeyHash !== 'string') {
    return undefined;
  }
  return idempotencyKeyHash === undefined
    ? { hash, previousHash }
    : { hash, previousHash, idempotencyKeyHash };
}

/** Takes the adapter's own entry back out of stored metadata; the rest is the caller's metadata. */
export function splitStoreMetadata(stored: unknown): SplitMetadata {
  if (!isRecord(stored)) {
    return { metadata: {}, store: undefined };
  }
  const { [STORE_METADATA_KEY]: own, ...rest } = stored;
  return { metadata: rest as Record<string, Json>, store: parseStoreMetadata(own) };
}
