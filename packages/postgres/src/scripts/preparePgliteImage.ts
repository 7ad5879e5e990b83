/**
 * Makes the PGlite initial image (see drivers/pgliteImage.ts), so that the first `pnpm start` and every test's
 * embedded database start from it. Run by `pnpm install` (the workspace's postinstall); never fails the install.
 */
import { ensurePgliteImage, pgliteImagePath } from '../drivers/pgliteImage.ts';

const started = performance.now();
const enabled = pgliteImagePath() !== null;
const path = await ensurePgliteImage();
if (path === null) {
  process.stdout.write(
    enabled
      ? 'PGlite initial image: could not be written; new embedded databases will run initdb\n'
      : 'PGlite initial image: off (PGLITE_IMAGE_DIR=off)\n',
  );
} else {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`PGlite initial image: ${path} (${seconds} s)\n`);
}
