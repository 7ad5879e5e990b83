import { describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_STREAM_PREFIX,
  assertValidNamespace,
  fromServerStreamName,
  idempotencyKeyHash,
  idempotencyStreamName,
  toServerStreamName,
} from './streamNames.ts';

describe('stream names', () => {
  it('stores streams under the namespace and strips it on the way back', () => {
    expect(toServerStreamName('run-1/', 'relocation-abc')).toBe('run-1/relocation-abc');
    expect(fromServerStreamName('run-1/', 'run-1/relocation-abc')).toBe('relocation-abc');
    expect(toServerStreamName('', 'relocation-abc')).toBe('relocation-abc');
    expect(fromServerStreamName('', 'relocation-abc')).toBe('relocation-abc');
  });

  it('does not see other namespaces, system streams or idempotency records', () => {
    expect(fromServerStreamName('run-1/', 'run-2/relocation-abc')).toBeUndefined();
    expect(fromServerStreamName('run-1/', 'run-1/')).toBeUndefined();
    expect(fromServerStreamName('', '$stats-127.0.0.1:2113')).toBeUndefined();
    expect(fromServerStreamName('', idempotencyStreamName('ab'))).toBeUndefined();
  });

  it('refuses names the server or the adapter reserve', () => {
    expect(() => toServerStreamName('', '$all')).toThrow(RangeError);
    expect(() => toServerStreamName('', `${IDEMPOTENCY_STREAM_PREFIX}x`)).toThrow(RangeError);
    expect(() => toServerStreamName('ns', '')).toThrow(RangeError);
    expect(() => assertValidNamespace('$ns')).toThrow(RangeError);
  });

  it('hashes idempotency keys per namespace into a stream name without the key itself', () => {
    const hash = idempotencyKeyHash('run-1/', 'command-42');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(idempotencyKeyHash('run-2/', 'command-42')).not.toBe(hash);
    expect(idempotencyKeyHash('run-1/', 'command-42')).toBe(hash);
    expect(idempotencyStreamName(hash)).toBe(`${IDEMPOTENCY_STREAM_PREFIX}${hash}`);
    expect(idempotencyStreamName(hash)).not.toContain('command-42');
  });
});
