import { describe, expect, it } from 'vitest';
import { emptyStatisticsFacts, type StatisticsFacts } from './statisticsFacts.ts';
import { statisticsTables } from './statisticsTables.ts';

const key = new Uint8Array(32).fill(7);
const householdA = '11111111-1111-4111-8111-111111111111';
const householdB = '22222222-2222-4222-8222-222222222222';
const householdC = '33333333-3333-4333-8333-333333333333';

const caseOf = (relocationId: string, householdId: string, initiatedAt: string) => ({
  relocationId,
  facts: { ...emptyStatisticsFacts(), householdId, initiatedAt } satisfies StatisticsFacts,
});

describe('the relocation table (repeat relocations, docs/design.md §3.4)', () => {
  it('numbers each household-year by the household’s relocations up to its latest case of the year', () => {
    const { years, tables } = statisticsTables(
      [
        // A: first move in 2025, renewed twice in 2026 (counted once in 2026, as its third).
        caseOf(householdA, householdA, '2025-05-01T09:00:00.000Z'),
        caseOf('aaaaaaaa-0000-4000-8000-000000000002', householdA, '2026-02-01T09:00:00.000Z'),
        caseOf('aaaaaaaa-0000-4000-8000-000000000003', householdA, '2026-09-01T09:00:00.000Z'),
        // B: one move in 2026. C: moved in 2025 and again in 2026.
        caseOf(householdB, householdB, '2026-03-01T09:00:00.000Z'),
        caseOf(householdC, householdC, '2025-01-10T09:00:00.000Z'),
        caseOf('cccccccc-0000-4000-8000-000000000002', householdC, '2026-01-10T09:00:00.000Z'),
      ],
      key,
    );
    expect(years).toEqual(['2025', '2026']);
    const relocation = tables.find((table) => table.name === 'relocation');
    expect(relocation?.columns).toEqual(['1', '2', '3+']);
    expect(relocation?.cells).toEqual([
      [2, 0, 0], // 2025: A and C, each a first move
      [1, 1, 1], // 2026: B first, C second, A third
    ]);
    // Every table counts the same household-years.
    for (const table of tables)
      expect(table.cells.map((row) => row.reduce((a, b) => a + b, 0))).toEqual([2, 3]);
  });
});
