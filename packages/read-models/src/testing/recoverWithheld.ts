import type { SuppressedTable } from '../statistics/suppression.ts';

/**
 * The attacker, written apart from the algorithm: it sees only the published tables (numbers or null), writes
 * down every equation a reader can (rows, columns, totals, the year totals shared by all tables), and tries to fix
 * a withheld number to one value: first by non-negativity (withheld terms of one sign with a remainder of 0), then
 * exactly, by linear algebra modulo a large prime (e_v lies in the row space of the equations iff adding it does
 * not raise the rank).
 */
const P = (1n << 61n) - 1n;
const mod = (a: bigint) => ((a % P) + P) % P;
function inverse(a: bigint): bigint {
  let [r0, r1, s0, s1] = [mod(a), P, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}
function rank(rows: bigint[][]): number {
  const m = rows.map((r) => r.map(mod));
  let rk = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && rk < m.length; c += 1) {
    const p = m.findIndex((row, i) => i >= rk && row[c] !== 0n);
    if (p < 0) continue;
    [m[rk], m[p]] = [m[p]!, m[rk]!];
    const inv = inverse(m[rk]![c]!);
    m[rk] = m[rk]!.map((v) => mod(v * inv));
    for (let i = 0; i < m.length; i += 1) {
      if (i === rk || m[i]![c] === 0n) continue;
      const f = m[i]![c]!;
      m[i] = m[i]!.map((v, j) => mod(v - f * m[rk]![j]!));
    }
    rk += 1;
  }
  return rk;
}

type Ref = string;
interface Published {
  readonly value: number | null;
  readonly truth: number;
}

/**
 * The withheld numbers (with a true value above 0) that a reader of `published` can work out. Every number a
 * reader sees is keyed so that the shared year totals and grand total are one unknown each; `truth` is the same
 * tables unsuppressed, used only to tell which recovered numbers were not zero.
 */
export function recoverWithheld(
  published: readonly SuppressedTable[],
  truth: readonly SuppressedTable[],
): Ref[] {
  const numbers = new Map<Ref, Published>();
  const equations: { ref: Ref; sign: 1 | -1 }[][] = [];
  published.forEach((table, t) => {
    const real = truth[t]!;
    const cell = (r: number, c: number) => `${table.name}/${r}/${c}`;
    const col = (c: number) => `${table.name}/total/${c}`;
    table.rows.forEach((_, r) => {
      numbers.set(`year/${r}`, { value: table.rowTotals[r] ?? null, truth: real.rowTotals[r] as number });
      table.columns.forEach((__, c) =>
        numbers.set(cell(r, c), { value: table.cells[r]![c] ?? null, truth: real.cells[r]![c] as number }),
      );
      equations.push([
        ...table.columns.map((__, c) => ({ ref: cell(r, c), sign: 1 as const })),
        { ref: `year/${r}`, sign: -1 },
      ]);
    });
    table.columns.forEach((_, c) => {
      numbers.set(col(c), { value: table.columnTotals[c] ?? null, truth: real.columnTotals[c] as number });
      equations.push([
        ...table.rows.map((__, r) => ({ ref: cell(r, c), sign: 1 as const })),
        { ref: col(c), sign: -1 },
      ]);
    });
    numbers.set('total', { value: table.total, truth: real.total as number });
    equations.push([
      ...table.columns.map((_, c) => ({ ref: col(c), sign: 1 as const })),
      { ref: 'total', sign: -1 },
    ]);
    equations.push([
      ...table.rows.map((_, r) => ({ ref: `year/${r}`, sign: 1 as const })),
      { ref: 'total', sign: -1 },
    ]);
  });
  const known = new Map<Ref, number>();
  for (const [ref, n] of numbers) if (n.value !== null) known.set(ref, n.value);
  const recovered: Ref[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const equation of equations) {
      const open = equation.filter((t) => !known.has(t.ref));
      const rest = equation
        .filter((t) => known.has(t.ref))
        .reduce((a, t) => a + t.sign * known.get(t.ref)!, 0);
      if (open.length > 0 && rest === 0 && open.every((t) => t.sign === open[0]!.sign)) {
        for (const t of open) {
          known.set(t.ref, 0);
          recovered.push(t.ref);
        }
        changed = true;
      }
    }
  }
  const unknowns = [...numbers.keys()].filter((ref) => !known.has(ref));
  const index = new Map(unknowns.map((ref, i) => [ref, i]));
  const rows = equations
    .map((equation) => {
      const row = unknowns.map(() => 0n);
      for (const t of equation) {
        const i = index.get(t.ref);
        if (i !== undefined) row[i] = row[i]! + BigInt(t.sign);
      }
      return row;
    })
    .filter((row) => row.some((v) => v !== 0n));
  const base = rank(rows);
  unknowns.forEach((ref, i) => {
    const unit = unknowns.map((_, j) => (j === i ? 1n : 0n));
    if (rank([...rows, unit]) === base) recovered.push(ref);
  });
  return recovered.filter((ref) => {
    const truthValue = numbers.get(ref)!.truth;
    return numbers.get(ref)!.value === null && truthValue > 0;
  });
}
