import { createHash } from 'node:crypto';
import { canonicalJson } from '@relocation/event-store';
import type { AccessEntry } from './accessEntry.ts';

/**
 * SHA-256 (lowercase hex) of the entry's canonical JSON (RFC 8785) with its sequence number and the previous
 * entry's hash, so a changed, removed, inserted or reordered entry breaks the chain.
 */
export function hashAccessEntry(entry: AccessEntry, seq: number, previousHash: string | null): string {
  const content = {
    seq,
    at: entry.at.toISOString(),
    userId: entry.userId,
    organisationId: entry.organisationId,
    role: entry.role,
    relocationId: entry.relocationId,
    view: entry.view,
    requestId: entry.requestId,
    previousHash,
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
