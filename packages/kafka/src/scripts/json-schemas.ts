// Writes the JSON Schema files of the Kafka message contracts to docs/kafka/ at the repository root, formatted with
// the repository's Prettier settings. With --check it writes nothing and exits 1 when a file is missing or differs.
//   pnpm --filter @relocation/kafka schemas
//   pnpm --filter @relocation/kafka schemas:check
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { contractJsonSchemas } from '../contracts/jsonSchemas.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const outputDir = join(repoRoot, 'docs', 'kafka');
const check = process.argv.includes('--check');

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const stale: string[] = [];
for (const { file, jsonSchema } of contractJsonSchemas()) {
  const path = join(outputDir, file);
  const options = (await prettier.resolveConfig(path)) ?? {};
  const text = await prettier.format(JSON.stringify(jsonSchema), { ...options, filepath: path });
  const current = await readIfPresent(path);
  if (current === text) continue;
  if (check) {
    stale.push(relative(repoRoot, path));
  } else {
    await mkdir(outputDir, { recursive: true });
    await writeFile(path, text);
    console.log(`wrote ${relative(repoRoot, path)}`);
  }
}

if (stale.length > 0) {
  console.error(`out of date: ${stale.join(', ')}\nrun: pnpm --filter @relocation/kafka schemas`);
  process.exit(1);
}
if (check) console.log('docs/kafka JSON Schemas are up to date');
