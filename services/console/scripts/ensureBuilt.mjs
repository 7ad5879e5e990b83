// Builds the console into dist/ when dist is missing or older than any of its sources, then prints where the
// console will answer. Run by the root `pnpm start` before the API, so a fresh clone serves the console after
// `pnpm install` alone; a second start with nothing changed costs a directory walk.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtMarker = join(root, 'dist', 'index.html');
const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(root, p));

const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
};

const stale =
  !existsSync(builtMarker) || sources.some((p) => existsSync(p) && newest(p) > statSync(builtMarker).mtimeMs);
if (stale) {
  process.stdout.write('Building the console (services/console/dist) ...\n');
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
process.stdout.write(`Console: http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/\n`);
