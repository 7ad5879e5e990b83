// Start-up cost of the embedded engine (the API with PGlite, projector and deadline monitor in one process), run
// the way production runs it (plain node on the bundle, services/api/dist/main.js: `pnpm build:services` first)
// and the way `pnpm start` runs it (TypeScript through tsx). For each: the first start on a new data directory and
// a warm start on the same directory, measured from spawn to /readyz answering 200, and the peak resident memory
// (VmHWM) by then. Targets (issue 16): warm < 2 s, first < 5 s, < 300 MB.
//
// A new data directory starts from the PGlite initial image (packages/postgres, pgliteImage.ts) that `pnpm install`
// makes once per machine (made here first if missing); the "image off" row (PGLITE_IMAGE_DIR=off) is the first
// start on a machine without it.
// `--baseline <git ref>` also measures that commit's compiled engine in the same run (a temporary git worktree,
// installed offline from the pnpm store and built), so figures are compared under the same load.
//   node scripts/benchStart.mjs [--runs N] [--baseline <git ref>]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(argument('--runs') ?? 3);
const baselineRef = argument('--baseline');
const bundleOf = (checkout) => join(checkout, 'services/api/dist/main.js');

const variants = [
  { name: 'compiled (node dist/main.js)', checkout: root, args: ['--enable-source-maps', bundleOf(root)] },
  {
    name: 'tsx (pnpm start)',
    checkout: root,
    args: ['--import', 'tsx', join(root, 'services/api/src/main.ts')],
  },
  {
    name: 'compiled, image off',
    checkout: root,
    args: ['--enable-source-maps', bundleOf(root)],
    env: { PGLITE_IMAGE_DIR: 'off' },
  },
];

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const peakRssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB$/m);
  return line === null ? NaN : Number(line[1]) / 1024;
};

async function startOnce(variant, dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, variant.args, {
    cwd: join(variant.checkout, 'services/api'),
    env: {
      ...process.env,
      ...variant.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`the engine exited with ${child.exitCode} before it was ready`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (performance.now() - started > 120_000) throw new Error('not ready within 120 s');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { seconds: (performance.now() - started) / 1000, rssMb: peakRssMb(child.pid) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A worktree of the baseline commit, installed from the local pnpm store and built. */
function prepareBaseline(ref) {
  const dir = mkdtempSync(join(tmpdir(), 'relocation-bench-baseline-'));
  const run = (command, args, cwd) =>
    execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  run('git', ['worktree', 'add', '--detach', dir, ref], root);
  run('pnpm', ['install', '--frozen-lockfile', '--offline'], dir);
  run('pnpm', ['build:services'], dir);
  return dir;
}

if (!existsSync(bundleOf(root))) {
  process.stderr.write('services/api/dist/main.js is missing: run `pnpm build:services` first\n');
  process.exit(1);
}
let baselineDir;
try {
  if (baselineRef !== undefined) {
    baselineDir = prepareBaseline(baselineRef);
    variants.push({
      name: `baseline ${baselineRef}, compiled`,
      checkout: baselineDir,
      args: ['--enable-source-maps', bundleOf(baselineDir)],
    });
  }
  // The initial image, as `pnpm install` makes it.
  execFileSync(process.execPath, [join(root, 'scripts/postinstall.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const rows = [];
  for (const variant of variants) {
    const first = [];
    const warm = [];
    for (let i = 0; i < runs; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'relocation-bench-start-'));
      try {
        first.push(await startOnce(variant, dataDir));
        warm.push(await startOnce(variant, dataDir));
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
    rows.push({
      variant: variant.name,
      'first start (s)': median(first.map((r) => r.seconds)).toFixed(2),
      'warm start (s)': median(warm.map((r) => r.seconds)).toFixed(2),
      'peak RSS first (MB)': median(first.map((r) => r.rssMb)).toFixed(0),
      'peak RSS warm (MB)': median(warm.map((r) => r.rssMb)).toFixed(0),
    });
  }
  rows.push({
    variant: 'target (issue 16)',
    'first start (s)': '< 5',
    'warm start (s)': '< 2',
    'peak RSS first (MB)': '< 300',
    'peak RSS warm (MB)': '< 300',
  });
  process.stdout.write(
    `Embedded engine start-up, median of ${runs} runs each (spawn to /readyz 200)\n` +
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
  );
  console.table(rows);
} finally {
  if (baselineDir !== undefined) {
    execFileSync('git', ['worktree', 'remove', '--force', baselineDir], { cwd: root, stdio: 'ignore' });
  }
}
