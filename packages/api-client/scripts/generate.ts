/**
 * Generates src/schema.d.ts (the API's paths and components as TypeScript types) from services/api/openapi.json
 * with openapi-typescript, formatted with the repository's prettier settings. With --check it fails when the
 * committed file differs (CI runs it next to the other generated-docs checks).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const openApiFile = new URL('../../../services/api/openapi.json', import.meta.url);
const schemaFile = fileURLToPath(new URL('../src/schema.d.ts', import.meta.url));

const banner =
  '// Generated from services/api/openapi.json by `pnpm --filter @relocation/api-client generate`. Do not edit.\n\n';
const ast = await openapiTS(JSON.parse(await readFile(openApiFile, 'utf8')) as never, {
  alphabetize: true,
  exportType: true,
});
const text = await format(banner + astToString(ast), {
  ...((await resolveConfig(schemaFile)) ?? {}),
  parser: 'typescript',
});

if (process.argv.includes('--check')) {
  const committed = await readFile(schemaFile, 'utf8').catch(() => '');
  if (committed !== text) {
    process.stderr.write(
      'packages/api-client/src/schema.d.ts is out of date: run pnpm --filter @relocation/api openapi, then ' +
        'pnpm --filter @relocation/api-client generate, and commit both\n',
    );
    process.exitCode = 1;
  } else {
    process.stdout.write('packages/api-client/src/schema.d.ts is up to date\n');
  }
} else {
  await writeFile(schemaFile, text);
  process.stdout.write(`wrote ${schemaFile}\n`);
}
