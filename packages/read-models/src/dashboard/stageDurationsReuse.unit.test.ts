import { describe, expect, it } from 'vitest';
import { stageDurationsReuse, twelveMonthsBefore, type StageDurations } from './overview.ts';

const at = (instant: string) => new Date(instant);

describe('stage durations reused by the overview', () => {
  it('are computed again only when the last computation is a minute old, or newer than the now asked for', async () => {
    const computed: string[] = [];
    const reuse = stageDurationsReuse(async (now): Promise<StageDurations> => {
      computed.push(now.toISOString());
      return { computedAt: now, since: twelveMonthsBefore(now), durations: [] };
    });
    const first = await reuse(at('2026-03-20T12:00:00.000Z'));
    expect((await reuse(at('2026-03-20T12:00:59.999Z'))).since).toEqual(first.since);
    await reuse(at('2026-03-20T12:01:00.000Z'));
    await reuse(at('2026-03-20T11:00:00.000Z'));
    expect(computed).toEqual([
      '2026-03-20T12:00:00.000Z',
      '2026-03-20T12:01:00.000Z',
      '2026-03-20T11:00:00.000Z',
    ]);
  });

  it('are computed once for callers that ask at once, and a failure is not kept', async () => {
    let calls = 0;
    let fail = true;
    const reuse = stageDurationsReuse(async (now): Promise<StageDurations> => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (fail) throw new Error('database gone');
      return { computedAt: now, since: twelveMonthsBefore(now), durations: [] };
    });
    const now = at('2026-03-20T12:00:00.000Z');
    const both = await Promise.allSettled([reuse(now), reuse(now)]);
    expect(both.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(calls).toBe(1);
    fail = false;
    await expect(reuse(now)).resolves.toMatchObject({ computedAt: now });
    expect(calls).toBe(2);
  });
});
