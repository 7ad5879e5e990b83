// The workspace's postinstall: makes the PGlite initial image (packages/postgres, pgliteImage.ts) so that a new
// embedded database starts in 1 to 2 s instead of running initdb. Never fails the install: where tsx is absent
// (a production install) or the image cannot be made, the engine runs initdb as without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const tsx = `${root}node_modules/.bin/tsx`;
const script = `${root}packages/postgres/src/scripts/preparePgliteImage.ts`;
if (existsSync(tsx) && existsSync(script) && process.env.PGLITE_IMAGE_DIR !== 'off') {
  spawnSync(tsx, [script], { stdio: 'inherit' });
}
