import { copyTextRow } from '@relocation/postgres';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyCopyBytes, type HistoryEntry } from './historyEntry.ts';

/** The same row by the generic COPY writer: the reference the history's own writer must match byte for byte. */
const referenceRow = (entry: HistoryEntry): string =>
  copyTextRow([
    entry.relocationId,
    entry.revision,
    entry.globalPosition,
    entry.eventId,
    entry.type,
    entry.occurredAt,
    entry.actor,
    entry.changes,
    entry.sealed,
  ]);
const reference = (entries: readonly HistoryEntry[]): string => entries.map(referenceRow).join('');
const decoded = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

const entry = (
  n: number,
  changes: Record<string, unknown>,
  sealed: HistoryEntry['sealed'] = {},
): HistoryEntry => ({
  relocationId: `1ae981d2-4e8d-42e4-957f-${n.toString(16).padStart(12, '0')}`,
  revision: n,
  globalPosition: BigInt(1_000_000 + n),
  eventId: `2541ee0d-0ab0-48c7-b3ca-${n.toString(16).padStart(12, '0')}`,
  type: 'FollowUpRecorded',
  occurredAt: '2026-11-30T02:58:04.619Z',
  actor: {
    userId: n % 3 === 0 ? `handläggare-${n}` : 'u-1',
    organisationId: 'municipality:2480',
    role: 'caseworker',
  },
  changes,
  sealed,
});

describe('historyCopyBytes', () => {
  it('writes what the generic COPY writer writes, as UTF-8, whatever the fields hold', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 40 }); // any UTF-16 units, lone surrogates included
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            changes: fc.dictionary(anyText, fc.oneof(anyText, fc.integer(), fc.constant(null)), {
              maxKeys: 4,
            }),
            sealed: fc.dictionary(anyText, fc.constant(null), { maxKeys: 2 }),
          }),
          { maxLength: 30 },
        ),
        (parts) => {
          const entries = parts.map((part, n) => entry(n, part.changes, part.sealed));
          // lone surrogates become U+FFFD in UTF-8 either way
          expect(decoded(historyCopyBytes(entries))).toBe(
            decoded(new TextEncoder().encode(reference(entries))),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('grows its buffer for a large read and gives each call its own bytes', () => {
    const wide = 'Umeå – “skyddat boende” 😀 \\ tab\there '.repeat(40);
    const many = Array.from({ length: 2_000 }, (_, n) => entry(n, { note: wide, code: '2480', n }));
    const first = historyCopyBytes(many);
    expect(first.byteLength).toBeGreaterThan(1 << 20);
    const small = historyCopyBytes([entry(7, { code: '0180' })]);
    expect(decoded(first)).toBe(reference(many));
    expect(decoded(small)).toBe(reference([entry(7, { code: '0180' })]));
    expect(historyCopyBytes([]).byteLength).toBe(0);
  });
});
