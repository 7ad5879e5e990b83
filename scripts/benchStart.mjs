// Start-up cost of the embedded engine (the API with PGlite, projector and deadline monitor in one process), run
// the way production runs it (plain node on the bundle, services/api/dist/main.js: `pnpm build:services` first)
// and the way `pnpm start` runs it (TypeScript through tsx). For each: the first start on a new data directory and
// a warm start on the same directory, measured from spawn to /readyz answering 200, and the peak resident memory
// (VmHWM) by then. Targets (issue 16): warm < 2 s, first < 5 s, < 300 MB.
//   node scripts/benchStart.mjs [--runs N]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const bundle = join(root, 'services/api/dist/main.js');
const variants = [
  { name: 'compiled (node dist/main.js)', args: ['--enable-source-maps', bundle] },
  { name: 'tsx (pnpm start today)', args: ['--import', 'tsx', join(root, 'services/api/src/main.ts')] },
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

async function startOnce(args, dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: join(root, 'services/api'),
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
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

if (!existsSync(bundle)) {
  process.stderr.write('services/api/dist/main.js is missing: run `pnpm build:services` first\n');
  process.exit(1);
}
const rows = [];
for (const variant of variants) {
  const first = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'relocation-bench-start-'));
    try {
      first.push(await startOnce(variant.args, dataDir));
      warm.push(await startOnce(variant.args, dataDir));
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
process.stdout.write(`Embedded engine start-up, median of ${runs} runs each (spawn to /readyz 200):\n`);
console.table(rows);
