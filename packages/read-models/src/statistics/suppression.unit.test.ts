import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverWithheld } from '../testing/recoverWithheld.ts';
import { suppressTables, type CrossTable, type SuppressedTable } from './suppression.ts';

const unsuppressed = (tables: readonly CrossTable[]): SuppressedTable[] => suppressTables(tables, 1);

/** Households with a year and one category per dimension; tables are year × dimension. */
const populationArbitrary = fc.record({
  years: fc.integer({ min: 1, max: 3 }),
  dimensions: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
  seed: fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
  k: fc.integer({ min: 2, max: 6 }),
});

function tablesOf(population: { years: number; dimensions: number[]; seed: number[] }): CrossTable[] {
  const rows = Array.from({ length: population.years }, (_, y) => String(2024 + y));
  return population.dimensions.map((width, d) => {
    const cells = rows.map(() => new Array<number>(width).fill(0));
    population.seed.forEach((s, h) => {
      const year = (s + h) % population.years;
      const category = Math.floor(s / (d + 1) + h * (d + 2)) % width;
      cells[year]![category]! += 1;
    });
    return { name: `d${d}`, rows, columns: Array.from({ length: width }, (_, c) => `c${c}`), cells };
  });
}

describe('suppressTables', () => {
  it('withholds a small cell and enough others that the margins do not give it away (hand-worked)', () => {
    // 2024: a=7, b=2 (under k=5), c=6; 2025: a=8, b=9, c=10.
    const table: CrossTable = {
      name: 't',
      rows: ['2024', '2025'],
      columns: ['a', 'b', 'c'],
      cells: [
        [7, 2, 6],
        [8, 9, 10],
      ],
    };
    const [published] = suppressTables([table], 5);
    expect(published!.cells[0]![1]).toBeNull();
    // The cheapest rectangle through b/2024: a/2024 (7), a/2025 (8) and b/2025 (9) cost 24, against 25 for
    // the one through column c (6, 10, 9).
    expect(published!.cells).toEqual([
      [null, null, 6],
      [null, null, 10],
    ]);
    expect(published!.rowTotals).toEqual([15, 27]);
    expect(published!.columnTotals).toEqual([15, 11, 16]);
    expect(published!.total).toBe(42);
    expect(recoverWithheld([published!], unsuppressed([table]))).toEqual([]);
  });

  it('publishes zeros and every count of at least k untouched', () => {
    const table: CrossTable = { name: 't', rows: ['2024'], columns: ['a', 'b'], cells: [[0, 12]] };
    expect(suppressTables([table], 5)[0]!.cells).toEqual([[0, 12]]);
  });

  it('withholds a small year total in every table alike', () => {
    const rows = ['2024', '2025', '2026'];
    const a: CrossTable = {
      name: 'a',
      rows,
      columns: ['x', 'y'],
      cells: [
        [3, 0],
        [10, 10],
        [6, 7],
      ],
    };
    const b: CrossTable = {
      name: 'b',
      rows,
      columns: ['p', 'q'],
      cells: [
        [0, 3],
        [12, 8],
        [5, 8],
      ],
    };
    const published = suppressTables([a, b], 5);
    expect(published.map((t) => t.rowTotals[0])).toEqual([null, null]);
    expect(published[0]!.rowTotals).toEqual(published[1]!.rowTotals);
    expect(recoverWithheld(published, unsuppressed([a, b]))).toEqual([]);
  });

  it('refuses tables that do not count the same households per year', () => {
    const a: CrossTable = { name: 'a', rows: ['2024'], columns: ['x'], cells: [[3]] };
    const b: CrossTable = { name: 'b', rows: ['2024'], columns: ['x'], cells: [[4]] };
    expect(() => suppressTables([a, b], 5)).toThrow(/year total/);
  });

  it('property: every count under k is withheld, and no combination of published tables recovers one', () => {
    fc.assert(
      fc.property(
        populationArbitrary,
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        (population, pick) => {
          const tables = tablesOf(population);
          const published = suppressTables(tables, population.k);
          const truth = unsuppressed(tables);
          for (const table of published) {
            const all = [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.total];
            for (const value of all)
              if (value !== null) expect(value === 0 || value >= population.k).toBe(true);
          }
          // The attacker uses all tables, and any subset of them.
          expect(recoverWithheld(published, truth)).toEqual([]);
          const subset = published.flatMap((t, i) => (pick[i] ? [i] : []));
          expect(
            recoverWithheld(
              subset.map((i) => published[i]!),
              subset.map((i) => truth[i]!),
            ),
          ).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
