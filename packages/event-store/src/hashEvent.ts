import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.ts';
import type { Json } from './port.ts';

/** What an event's hash covers. recordedAt and globalPosition are left out: the server may assign them. */
export interface HashEventInput {
  readonly streamName: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: Json;
  readonly metadata: Readonly<Record<string, Json>>;
  /** The hash of the event at revision - 1 of the same stream, or null for revision 0. */
  readonly previousHash: string | null;
}

/** SHA-256 (lowercase hex) of the canonical JSON of the event's content chained to its predecessor's hash. */
export function hashEvent(input: HashEventInput): string {
  const content: Json = {
    streamName: input.streamName,
    revision: input.revision,
    id: input.id,
    type: input.type,
    data: input.data,
    metadata: input.metadata,
    previousHash: input.previousHash,
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
