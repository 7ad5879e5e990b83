import { createHash } from 'node:crypto';

/**
 * Stream names as the server sees them. A store may be given a namespace (`streamPrefix`): every stream it
 * writes is stored as `<namespace><name>`, and it sees only streams in its namespace, under their bare names.
 * Idempotency records live in streams of their own, outside every event feed.
 */
export const IDEMPOTENCY_STREAM_PREFIX = 'relocation-idempotency-';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function assertValidNamespace(namespace: string): void {
  if (namespace.startsWith('$')) {
    throw new RangeError(
      'A stream prefix must not start with "$": such streams are KurrentDB system streams',
    );
  }
}

export function toServerStreamName(namespace: string, streamName: string): string {
  if (streamName.length === 0) {
    throw new RangeError('A stream name must not be empty');
  }
  const serverName = namespace + streamName;
  if (serverName.startsWith('$') || serverName.startsWith(IDEMPOTENCY_STREAM_PREFIX)) {
    throw new RangeError(`Stream name ${JSON.stringify(streamName)} is reserved`);
  }
  return serverName;
}

/** The caller's stream name, or undefined when the server stream is not an event stream of this store. */
export function fromServerStreamName(namespace: string, serverName: string): string | undefined {
  if (serverName.startsWith('$') || serverName.startsWith(IDEMPOTENCY_STREAM_PREFIX)) {
    return undefined;
  }
  if (!serverName.startsWith(namespace) || serverName.length === namespace.length) {
    return undefined;
  }
  return serverName.slice(namespace.length);
}

export function idempotencyKeyHash(namespace: string, key: string): string {
  return sha256Hex(`${namespace}\u0000${key}`);
}

export function idempotencyStreamName(keyHash: string): string {
  return IDEMPOTENCY_STREAM_PREFIX + keyHash;
}
