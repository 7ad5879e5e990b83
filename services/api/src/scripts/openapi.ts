/**
 * Writes the API's OpenAPI document to services/api/openapi.json (prettier-formatted), or with --check fails when
 * the committed file differs from what the code describes. `pnpm --filter @relocation/api openapi` and
 * `openapi:check`; the typed client in packages/api-client is generated from that file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { openApiDocument } from '../openapi/openApiDocument.ts';

export const openApiFile = fileURLToPath(new URL('../../openapi.json', import.meta.url));

const check = process.argv.includes('--check');
const document = await openApiDocument();
const text = await format(JSON.stringify(document), {
  ...((await resolveConfig(openApiFile)) ?? {}),
  parser: 'json',
});
if (check) {
  const committed = await readFile(openApiFile, 'utf8').catch(() => '');
  if (committed !== text) {
    process.stderr.write(
      'services/api/openapi.json is out of date: run pnpm --filter @relocation/api openapi and commit it\n',
    );
    process.exitCode = 1;
  } else {
    process.stdout.write('services/api/openapi.json is up to date\n');
  }
} else {
  await writeFile(openApiFile, text);
  process.stdout.write(`wrote ${openApiFile}\n`);
}
