// The workspace's postinstall: makes the PGlite initial image (packages/postgres, pgliteImage.ts) so that a new
// embedded database starts in 1 to 2 s instead of running initdb, and the engine's prepared image. Never fails the
// install: where tsx is absent (a production install) or an image cannot be made, the engine runs initdb or its
// migrations as without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const tsx = `${root}node_modules/.bin/tsx`;
// Then the engine's prepared image (services/api, engineImage.ts): the initial image with the engine's schemas
// migrated, which the first `pnpm start` copies instead of migrating.
const scripts = [
  `${root}packages/postgres/src/scripts/preparePgliteImage.ts`,
  `${root}services/api/src/scripts/prepareEngineImage.ts`,
];
for (const script of scripts) {
  if (existsSync(tsx) && existsSync(script) && process.env.PGLITE_IMAGE_DIR !== 'off') {
    spawnSync(tsx, [script], { stdio: 'inherit' });
  }
}
