import { describe, expect, it } from 'vitest';
import type { AccessEntry, AccessLog } from '../accessEntry.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 12, minute, 0, 0));

export function entry(overrides: Partial<AccessEntry> = {}): AccessEntry {
  return {
    at: at(0),
    userId: 'user-1',
    organisationId: 'municipality:0180',
    role: 'caseworker',
    relocationId: '11111111-1111-4111-8111-111111111111',
    view: 'detail',
    requestId: 'req-1',
    ...overrides,
  };
}

/** What every AccessLog must do; each call of `create` gives an empty log. */
export function accessLogContract(name: string, create: () => Promise<AccessLog>): void {
  describe(`${name}: access log contract`, () => {
    it('numbers entries from 1 and chains each to the one before', async () => {
      const log = await create();
      await log.record(entry({ requestId: 'a' }));
      await log.record([entry({ requestId: 'b' }), entry({ requestId: 'c' })]);
      const entries = await log.query();
      expect(entries.map((e) => [e.seq, e.requestId])).toEqual([
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
      ]);
      expect(entries[0]?.previousHash).toBeNull();
      expect(entries[1]?.previousHash).toBe(entries[0]?.hash);
      expect(entries[2]?.previousHash).toBe(entries[1]?.hash);
      expect(await log.verify()).toEqual({ ok: true, entriesChecked: 3, problems: [] });
    });

    it('verifies an empty log', async () => {
      expect(await (await create()).verify()).toEqual({ ok: true, entriesChecked: 0, problems: [] });
    });

    it('round-trips every field, the time to the millisecond', async () => {
      const log = await create();
      const written = entry({
        at: new Date('2026-11-23T12:34:56.789Z'),
        view: 'history',
        role: 'supervisor',
      });
      await log.record(written);
      const [read] = await log.query();
      expect(read).toMatchObject({ ...written, seq: 1 });
      expect(read?.at.toISOString()).toBe('2026-11-23T12:34:56.789Z');
    });

    it('filters by user, organisation, case and time, pages by sequence number and limits', async () => {
      const log = await create();
      const other = '22222222-2222-4222-8222-222222222222';
      await log.record([
        entry({ at: at(1), userId: 'u1', requestId: 'r1' }),
        entry({
          at: at(2),
          userId: 'u2',
          organisationId: 'police:stockholm',
          role: 'police',
          requestId: 'r2',
        }),
        entry({ at: at(3), userId: 'u1', relocationId: other, view: 'list', requestId: 'r3' }),
        entry({ at: at(4), userId: 'u1', requestId: 'r4' }),
      ]);
      const ids = async (filters: Parameters<AccessLog['query']>[0]) =>
        (await log.query(filters)).map((e) => e.requestId);
      expect(await ids({ userId: 'u1' })).toEqual(['r1', 'r3', 'r4']);
      expect(await ids({ organisationId: 'police:stockholm' })).toEqual(['r2']);
      expect(await ids({ relocationId: other })).toEqual(['r3']);
      expect(await ids({ from: at(2), to: at(4) })).toEqual(['r2', 'r3']);
      expect(await ids({ afterSeq: 2 })).toEqual(['r3', 'r4']);
      expect(await ids({ limit: 2 })).toEqual(['r1', 'r2']);
      expect(await ids({ userId: 'nobody' })).toEqual([]);
    });

    it('counts the distinct cases a user read since a time', async () => {
      const log = await create();
      const ids = ['a', 'b', 'c'].map((c) => `${c.repeat(8)}-1111-4111-8111-111111111111`);
      await log.record([
        entry({ at: at(0), relocationId: ids[0] }),
        entry({ at: at(10), relocationId: ids[1] }),
        entry({ at: at(11), relocationId: ids[1], view: 'history' }),
        entry({ at: at(12), relocationId: ids[2] }),
        entry({ at: at(13), relocationId: ids[2], userId: 'someone-else' }),
        // The same user id in another organisation is another person (issue 10).
        entry({ at: at(14), relocationId: ids[0], organisationId: 'municipality:1280' }),
      ]);
      const reader = { organisationId: 'municipality:0180', userId: 'user-1' };
      expect(await log.distinctCasesSince(reader, at(5))).toBe(2);
      expect(await log.distinctCasesSince(reader, at(0))).toBe(3);
      expect(await log.distinctCasesSince(reader, at(30))).toBe(0);
      expect(await log.distinctCasesSince({ ...reader, organisationId: 'municipality:1280' }, at(0))).toBe(1);
    });

    it('refuses an entry that is not well formed and appends nothing', async () => {
      const log = await create();
      await expect(log.record([entry(), entry({ view: 'export' as AccessEntry['view'] })])).rejects.toThrow();
      expect(await log.query()).toEqual([]);
    });
  });
}
