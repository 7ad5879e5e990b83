/**
 * Cell suppression for the published statistics (issue 15): every published count is at least `k` households, and
 * no suppressed count can be worked out from what is published.
 *
 * The input is a set of cross-tables that all count the same households: rows are years, columns are the
 * categories of one dimension (a partition: every household falls in exactly one category), with row totals,
 * column totals and a grand total. The row totals (households per year) and the grand total are the same numbers
 * in every table, so they are shared unknowns: a year total withheld in one table is withheld in all of them.
 *
 * The published numbers are linked by linear equations: in each table every row sums to its year total, every
 * column to its category total, the category totals to the grand total, and the year totals to the grand total.
 * An attacker who knows all published tables can solve these equations for the withheld numbers; a withheld
 * number is *exposed* when the equations fix it to one value. Counts are never negative, so an equation whose
 * withheld terms all carry the same sign and whose published remainder is 0 also fixes each of those terms to 0.
 *
 * The algorithm:
 * 1. Primary suppression: withhold every number (cell, row or column total, grand total) from 1 to k-1. Zero is
 *    published: it tells nothing about a household.
 * 2. Complementary suppression: while some withheld non-zero number is exposed (reduced row echelon form of the
 *    equations over the withheld unknowns; a row with a single non-zero entry fixes that unknown), put each
 *    exposed one, in order, on a cycle: in a table holding it (margins included, as an extra row and column), the
 *    rectangle through it whose other three corners cost least to withhold (the sum of their counts, plus one
 *    each, so zeros are not free; corners already withheld cost nothing), and withhold those corners. When every
 *    rectangle is already withheld, withhold the smallest positive published number in an equation that holds a
 *    withheld one. Each round withholds at least one more number, and with everything withheld no non-zero number
 *    is fixed (the true tables are a solution, and so is every multiple of them), so the loop ends. A rectangle
 *    alone protects within one table; the check is repeated over all tables together, so a link through the
 *    shared year totals is caught and mended in a later round.
 *
 * Pure: no I/O, deterministic for a given input.
 */

export interface CrossTable {
  readonly name: string;
  /** Row labels (years), the same list in every table. */
  readonly rows: readonly string[];
  /** Column labels (the dimension's categories). */
  readonly columns: readonly string[];
  /** `cells[row][column]`: households. */
  readonly cells: readonly (readonly number[])[];
}

/** A number as published: the count, or null when withheld. */
export type PublishedCount = number | null;

export interface SuppressedTable {
  readonly name: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly PublishedCount[])[];
  readonly rowTotals: readonly PublishedCount[];
  readonly columnTotals: readonly PublishedCount[];
  readonly total: PublishedCount;
}

/** One linear equation: the sum of `coefficient * value` over its terms is 0. */
export interface Equation {
  readonly terms: readonly { readonly variable: number; readonly coefficient: 1 | -1 }[];
}

/** The numbers of a set of tables as one vector of variables, and the equations that link them. */
export interface TableSystem {
  readonly values: readonly number[];
  readonly equations: readonly Equation[];
  /** Where each table's numbers sit in `values`. */
  readonly layout: readonly TableLayout[];
}

export interface TableLayout {
  readonly cells: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly total: number;
}

export class InconsistentTablesError extends Error {
  readonly code = 'INCONSISTENT_TABLES';
  constructor(message: string) {
    super(message);
    this.name = 'InconsistentTablesError';
  }
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Lays the tables out as variables and equations. Throws when they do not count the same households per year
 * (each table must be a partition of the same population).
 */
export function tableSystem(tables: readonly CrossTable[]): TableSystem {
  const first = tables[0];
  if (first === undefined) return { values: [], equations: [], layout: [] };
  const rowTotals = first.rows.map((_, r) => sum(first.cells[r] ?? []));
  const values: number[] = [];
  const add = (value: number) => values.push(value) - 1;
  const rowVars = rowTotals.map(add);
  const totalVar = add(sum(rowTotals));
  const equations: Equation[] = [
    {
      terms: [
        ...rowVars.map((variable) => ({ variable, coefficient: 1 as const })),
        { variable: totalVar, coefficient: -1 },
      ],
    },
  ];
  const layout: TableLayout[] = [];
  for (const table of tables) {
    if (table.rows.join('\u0000') !== first.rows.join('\u0000'))
      throw new InconsistentTablesError(`${table.name}: the rows differ from ${first.name}'s`);
    const cellVars = table.rows.map((_, r) => {
      const row = table.cells[r] ?? [];
      if (row.length !== table.columns.length)
        throw new InconsistentTablesError(`${table.name}: row ${table.rows[r]} has the wrong length`);
      if (sum(row) !== rowTotals[r])
        throw new InconsistentTablesError(
          `${table.name}: row ${table.rows[r]} does not add up to the year total`,
        );
      return row.map(add);
    });
    const columnVars = table.columns.map((_, c) =>
      add(sum(table.rows.map((__, r) => table.cells[r]?.[c] ?? 0))),
    );
    table.rows.forEach((_, r) => {
      equations.push({
        terms: [
          ...(cellVars[r] ?? []).map((variable) => ({ variable, coefficient: 1 as const })),
          { variable: rowVars[r] ?? -1, coefficient: -1 },
        ],
      });
    });
    table.columns.forEach((_, c) => {
      equations.push({
        terms: [
          ...cellVars.map((row) => ({ variable: row[c] ?? -1, coefficient: 1 as const })),
          { variable: columnVars[c] ?? -1, coefficient: -1 },
        ],
      });
    });
    equations.push({
      terms: [
        ...columnVars.map((variable) => ({ variable, coefficient: 1 as const })),
        { variable: totalVar, coefficient: -1 },
      ],
    });
    layout.push({ cells: cellVars, rowTotals: rowVars, columnTotals: columnVars, total: totalVar });
  }
  return { values, equations, layout };
}

const EPSILON = 1e-9;

/**
 * The withheld variables that the published ones fix to a single value: through the equations (reduced row
 * echelon form over the withheld unknowns) and through non-negativity (withheld terms of one sign summing to 0).
 */
export function exposedVariables(system: TableSystem, withheld: ReadonlySet<number>): Set<number> {
  const unknown = new Set(withheld);
  const exposed = new Set<number>();
  // Non-negativity: an equation whose unknown terms all have one sign and whose known remainder is 0.
  for (let changed = true; changed;) {
    changed = false;
    for (const equation of system.equations) {
      const open = equation.terms.filter((t) => unknown.has(t.variable));
      if (open.length === 0) continue;
      const known = equation.terms
        .filter((t) => !unknown.has(t.variable))
        .reduce((acc, t) => acc + t.coefficient * (system.values[t.variable] ?? 0), 0);
      const oneSign = open.every((t) => t.coefficient === open[0]?.coefficient);
      if (oneSign && known === 0) {
        for (const t of open) {
          unknown.delete(t.variable);
          exposed.add(t.variable);
        }
        changed = true;
      }
    }
  }
  const columns = [...unknown].sort((a, b) => a - b);
  const columnOf = new Map(columns.map((variable, index) => [variable, index]));
  const matrix: number[][] = [];
  for (const equation of system.equations) {
    const row = new Array<number>(columns.length).fill(0);
    let any = false;
    for (const t of equation.terms) {
      const index = columnOf.get(t.variable);
      if (index === undefined) continue;
      row[index] = (row[index] ?? 0) + t.coefficient;
      any = true;
    }
    if (any) matrix.push(row);
  }
  // Reduced row echelon form with partial pivoting; the entries stay small (the matrix is of 0 and ±1).
  let pivotRow = 0;
  for (let col = 0; col < columns.length && pivotRow < matrix.length; col += 1) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < matrix.length; r += 1)
      if (Math.abs(matrix[r]?.[col] ?? 0) > Math.abs(matrix[best]?.[col] ?? 0)) best = r;
    const pivotValue = matrix[best]?.[col] ?? 0;
    if (Math.abs(pivotValue) < EPSILON) continue;
    [matrix[pivotRow], matrix[best]] = [matrix[best] ?? [], matrix[pivotRow] ?? []];
    const pivot = matrix[pivotRow] ?? [];
    for (let c = 0; c < pivot.length; c += 1) pivot[c] = (pivot[c] ?? 0) / pivotValue;
    for (let r = 0; r < matrix.length; r += 1) {
      if (r === pivotRow) continue;
      const row = matrix[r] ?? [];
      const factor = row[col] ?? 0;
      if (Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < row.length; c += 1) row[c] = (row[c] ?? 0) - factor * (pivot[c] ?? 0);
    }
    pivotRow += 1;
  }
  for (const row of matrix) {
    const nonZero = row.flatMap((value, index) => (Math.abs(value) > EPSILON ? [index] : []));
    if (nonZero.length === 1) exposed.add(columns[nonZero[0] ?? -1] ?? -1);
  }
  exposed.delete(-1);
  return exposed;
}

/** The grid of one table with its margins: row `rows.length` holds the column totals, the last column the row totals. */
function extendedGrid(layout: TableLayout): number[][] {
  return [
    ...layout.cells.map((row, r) => [...row, layout.rowTotals[r] ?? -1]),
    [...layout.columnTotals, layout.total],
  ];
}

/** The variables to withhold so that every count under k is withheld and no withheld non-zero one is exposed. */
export function suppressedVariables(system: TableSystem, k: number): Set<number> {
  const { values, equations } = system;
  const withheld = new Set(values.flatMap((value, index) => (value > 0 && value < k ? [index] : [])));
  const grids = system.layout.map(extendedGrid);
  const cost = (variable: number) => (withheld.has(variable) ? 0 : (values[variable] ?? 0) + 1);
  /** The cheapest rectangle through the target in a grid that holds it: withholding its corners puts it on a cycle. */
  const rectangle = (target: number): number[] | undefined => {
    let best: { cost: number; corners: number[] } | undefined;
    for (const grid of grids) {
      grid.forEach((row, r) =>
        row.forEach((variable, c) => {
          if (variable !== target) return;
          grid.forEach((other, r2) => {
            if (r2 === r) return;
            for (let c2 = 0; c2 < row.length; c2 += 1) {
              if (c2 === c) continue;
              const corners = [row[c2] ?? -1, other[c] ?? -1, other[c2] ?? -1];
              const added = corners.filter((v) => !withheld.has(v));
              if (added.length === 0) continue;
              const total = corners.reduce((acc, v) => acc + cost(v), 0);
              if (best === undefined || total < best.cost) best = { cost: total, corners: added };
            }
          });
        }),
      );
    }
    return best?.corners;
  };
  const smallestPublished = (candidates: Iterable<number>): number | undefined => {
    let best: number | undefined;
    const rank = (v: number) => (v > 0 ? v : Number.MAX_SAFE_INTEGER);
    for (const variable of candidates) {
      if (withheld.has(variable)) continue;
      if (best === undefined || rank(values[variable] ?? 0) < rank(values[best] ?? 0)) best = variable;
    }
    return best;
  };
  for (;;) {
    const exposed = [...exposedVariables(system, withheld)]
      .filter((v) => (values[v] ?? 0) > 0)
      .sort((a, b) => a - b);
    if (exposed.length === 0) return withheld;
    // Every exposed number of this round gets its rectangle (the costs see the corners already added), then the
    // check runs again: far fewer rounds than one rectangle per round, for the same guarantee.
    let added = false;
    for (const target of exposed) {
      const corners = rectangle(target);
      if (corners === undefined) continue;
      for (const variable of corners) withheld.add(variable);
      added = true;
    }
    if (added) continue;
    const linked = equations
      .filter((e) => e.terms.some((t) => withheld.has(t.variable)))
      .flatMap((e) => e.terms.map((t) => t.variable));
    const next = smallestPublished(linked) ?? smallestPublished(values.keys());
    if (next === undefined) return withheld;
    withheld.add(next);
  }
}

/** Suppresses the tables together (they share the year totals and the grand total). */
export function suppressTables(tables: readonly CrossTable[], k: number): SuppressedTable[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k is a whole number of households, at least 1');
  const system = tableSystem(tables);
  const withheld = suppressedVariables(system, k);
  const publish = (variable: number): PublishedCount =>
    withheld.has(variable) ? null : (system.values[variable] ?? 0);
  return tables.map((table, t) => {
    const layout = system.layout[t];
    if (layout === undefined) throw new Error('every table has a layout');
    return {
      name: table.name,
      rows: table.rows,
      columns: table.columns,
      cells: layout.cells.map((row) => row.map(publish)),
      rowTotals: layout.rowTotals.map(publish),
      columnTotals: layout.columnTotals.map(publish),
      total: publish(layout.total),
    };
  });
}
