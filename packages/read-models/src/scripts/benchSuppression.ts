// Prints how long the statistics' suppression takes on a synthetic national population (no database).
// Usage: pnpm --filter @relocation/read-models bench:suppression [households] [years]
import { performance } from 'node:perf_hooks';
import { statisticsDimensionNames, statisticsDimensions } from '../statistics/statisticsTables.ts';
import { suppressTables, type CrossTable } from '../statistics/suppression.ts';

const households = Number(process.argv[2] ?? 1500);
const yearCount = Number(process.argv[3] ?? 5);
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const years = Array.from({ length: yearCount }, (_, i) => String(2022 + i));
// Skewed categories: a few large, many small, as real counts by county are.
const pick = (width: number) => Math.min(width - 1, Math.floor(width * random() * random()));
const population = Array.from({ length: households }, () => ({
  year: Math.floor(random() * yearCount),
  categories: statisticsDimensionNames.map((name) => pick(statisticsDimensions[name].length)),
}));
const tables: CrossTable[] = statisticsDimensionNames.map((name, d) => {
  const columns = statisticsDimensions[name];
  const cells = years.map(() => columns.map(() => 0));
  for (const household of population) cells[household.year]![household.categories[d]!]! += 1;
  return { name, rows: years, columns, cells };
});
const started = performance.now();
const published = suppressTables(tables, 5);
const elapsed = performance.now() - started;
const numbers = published.flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total]);
const small = tables.flatMap((t) => t.cells.flat()).filter((v) => v > 0 && v < 5).length;
console.log(
  `${households} households, ${yearCount} years, ${tables.length} tables: ${numbers.length} numbers, ` +
    `${small} cells under k, ${numbers.filter((v) => v === null).length} withheld, ${elapsed.toFixed(0)} ms`,
);
