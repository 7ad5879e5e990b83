// Writes docs/workflow.md at the repository root from the machine definition; `--check` exits 1 when the
// committed file differs (CI). Scripts may do I/O; the domain itself does not.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workflowDocument } from '../workflow/mermaid.ts';

const target = fileURLToPath(new URL('../../../../docs/workflow.md', import.meta.url));
const expected = workflowDocument();

if (process.argv.includes('--check')) {
  let actual = '';
  try {
    actual = readFileSync(target, 'utf8');
  } catch {
    actual = '';
  }
  if (actual !== expected) {
    console.error(`${target} is out of date: run pnpm --filter @relocation/domain diagram and commit it.`);
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  writeFileSync(target, expected);
  console.log(`Wrote ${target}.`);
}
