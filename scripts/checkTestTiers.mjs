// Every test file names its tier, because `pnpm test:fast` selects by name (vitest's filter `.unit.test.ts`):
//   *.unit.test.ts  in-process code only (fastify `inject` at most): no PGlite, database, broker, child process,
//                   listening socket or browser
//   *.int.test.ts   PGlite, PostgreSQL, Kafka, KurrentDB, a listening socket or a process of our own
//   *.e2e.test.ts   the whole system as real processes, or through a browser
// A test file without a tier would run in `pnpm test` only and silently never in `test:fast`: this check fails
// instead. Run by `pnpm lint`.
//   node scripts/checkTestTiers.mjs
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const skipped = new Set(['node_modules', 'dist', '.git', '.turbo', '.tmp']);
const testFile = /\.test\.(ts|tsx|mts|js|mjs)$/;
const tiered = /\.(unit|int|e2e)\.test\.(ts|tsx|mts|js|mjs)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

const untiered = [];
for (const top of ['packages', 'services', 'test']) {
  for (const path of files(join(root, top))) {
    if (testFile.test(path) && !tiered.test(path)) untiered.push(relative(root, path));
  }
}

if (untiered.length > 0) {
  console.error(
    `Test files without a tier (rename to *.unit.test.ts, *.int.test.ts or *.e2e.test.ts):\n  ${untiered.join('\n  ')}`,
  );
  process.exit(1);
}
