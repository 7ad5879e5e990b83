// Prints the gzipped size of the JavaScript the console's first page load fetches (index.html's module script and
// the chunks it imports statically) and fails above the budget. Lazily loaded chunks (charts, the holiday
// calendar) are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const budget = 300 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]);
const seen = new Set();
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // static imports only: `import ... from "./x.js"` / `import "./x.js"` (not `import("./x.js")`)
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    visit(join('assets', m[1]));
  }
};
for (const entry of entries) visit(entry);
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const initial = [...seen].reduce((sum, file) => sum + gz(file), 0);
const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const lazy = all.filter((f) => !seen.has(join('assets', f)));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `console: initial JavaScript ${kb(initial)} gzipped (budget ${kb(budget)}), ${seen.size} file(s)`,
);
for (const f of lazy) console.log(`  lazy: ${f} ${kb(gz(join('assets', f)))} gzipped`);
if (initial > budget) {
  console.error('console: the initial JavaScript is over budget');
  process.exit(1);
}
