import type { AccessLogProblem, RecordedAccessEntry } from './accessEntry.ts';
import { hashAccessEntry } from './hashAccessEntry.ts';

export interface ChainCursor {
  readonly seq: number;
  readonly hash: string | null;
}

export const chainStart: ChainCursor = { seq: 0, hash: null };

/**
 * Checks one page of entries (in sequence order) following `cursor`; returns the problems and the new cursor.
 * Pages chain: pass the returned cursor with the next page.
 */
export function verifyChainPage(
  entries: readonly RecordedAccessEntry[],
  cursor: ChainCursor,
): { problems: AccessLogProblem[]; cursor: ChainCursor } {
  const problems: AccessLogProblem[] = [];
  let { seq, hash } = cursor;
  for (const entry of entries) {
    if (entry.seq !== seq + 1) {
      problems.push({ kind: 'gap', seq: entry.seq, detail: `expected entry ${seq + 1}, found ${entry.seq}` });
    }
    if (entry.previousHash !== hash) {
      problems.push({
        kind: 'relinked',
        seq: entry.seq,
        detail: 'previous hash does not match the entry before',
      });
    }
    if (hashAccessEntry(entry, entry.seq, entry.previousHash) !== entry.hash) {
      problems.push({ kind: 'changed', seq: entry.seq, detail: 'content does not match its hash' });
    }
    seq = entry.seq;
    hash = entry.hash;
  }
  return { problems, cursor: { seq, hash } };
}

/** The head the log remembers must be where the chain ends, else entries were removed from its end. */
export function verifyHead(cursor: ChainCursor, head: ChainCursor): AccessLogProblem[] {
  if (cursor.seq === head.seq && cursor.hash === head.hash) return [];
  return [
    {
      kind: 'truncated',
      seq: head.seq,
      detail: `the log's head is entry ${head.seq} but the chain ends at entry ${cursor.seq}`,
    },
  ];
}
