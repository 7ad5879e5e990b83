import { describe, expect, it } from 'vitest';
import {
  ReservedMetadataKeyError,
  STORE_METADATA_KEY,
  mergeStoreMetadata,
  splitStoreMetadata,
} from './storeMetadata.ts';

describe('store metadata', () => {
  const callerMetadata = { userId: 'u-1', roles: ['caseworker'], nested: { å: 'ö', n: null } };

  it('merges the hash chain under one reserved key and splits it back out unchanged', () => {
    const stored = mergeStoreMetadata(callerMetadata, { hash: 'h2', previousHash: 'h1' });
    expect(stored[STORE_METADATA_KEY]).toEqual({ hash: 'h2', previousHash: 'h1' });
    const roundTripped = splitStoreMetadata(JSON.parse(JSON.stringify(stored)));
    expect(roundTripped.metadata).toEqual(callerMetadata);
    expect(roundTripped.store).toEqual({ hash: 'h2', previousHash: 'h1' });
  });

  it('keeps a null previous hash and the idempotency key hash', () => {
    const stored = mergeStoreMetadata({}, { hash: 'h0', previousHash: null, idempotencyKeyHash: 'k' });
    expect(splitStoreMetadata(stored)).toEqual({
      metadata: {},
      store: { hash: 'h0', previousHash: null, idempotencyKeyHash: 'k' },
    });
  });

  it('does not mutate the caller metadata', () => {
    const metadata = { a: 1 };
    mergeStoreMetadata(metadata, { hash: 'h', previousHash: null });
    expect(metadata).toEqual({ a: 1 });
  });

  it('refuses caller metadata that uses the reserved key', () => {
    expect(() =>
      mergeStoreMetadata({ [STORE_METADATA_KEY]: 'x' }, { hash: 'h', previousHash: null }),
    ).toThrow(ReservedMetadataKeyError);
  });

  it('reports events without (or with damaged) store metadata', () => {
    expect(splitStoreMetadata(undefined)).toEqual({ metadata: {}, store: undefined });
    expect(splitStoreMetadata(new Uint8Array([1, 2]))).toEqual({ metadata: {}, store: undefined });
    expect(splitStoreMetadata({ a: 1 })).toEqual({ metadata: { a: 1 }, store: undefined });
    expect(splitStoreMetadata({ a: 1, [STORE_METADATA_KEY]: { hash: 3, previousHash: null } })).toEqual({
      metadata: { a: 1 },
      store: undefined,
    });
    expect(
      splitStoreMetadata({ [STORE_METADATA_KEY]: { hash: 'h', previousHash: 7 } }).store,
    ).toBeUndefined();
  });
});
