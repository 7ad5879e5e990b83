/**
 * Makes the engine's prepared PGlite image (src/engineImage.ts): the initial image with the engine's schemas
 * migrated, so that a new data directory starts with nothing to migrate. Run by `pnpm install` (the workspace's
 * postinstall) after the initial image; never fails the install: without it the first start migrates.
 */
import { ensurePgliteImage, ensurePreparedImage } from '@relocation/postgres';
import { engineImagePath, migrateEngineSchemas } from '../engineImage.ts';

const started = performance.now();
const path = engineImagePath();
if (path === null || (await ensurePgliteImage()) === null) {
  process.stdout.write('Engine image: not made (no PGlite initial image)\n');
} else if (await ensurePreparedImage(path, migrateEngineSchemas)) {
  process.stdout.write(`Engine image: ${path} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
} else {
  process.stdout.write(
    'Engine image: could not be written; a new data directory will migrate at its first start\n',
  );
}
