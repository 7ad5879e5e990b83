// What the images and the chart rely on, proved by the compiled services themselves (services/*/dist, built by
// `pnpm build:services`) run with plain node, as a container would run them:
//  - the API (embedded PGlite) answers /healthz and /readyz, exits 0 on SIGTERM, and writes nothing outside DATA_DIR
//    (its working directory and HOME stay empty: a read-only root filesystem with /data and /tmp writable is enough);
//  - two projectors on one PostgreSQL database: one leads (/readyz 200), the other stands by (/readyz 503), and on
//    the leader's SIGTERM (exit 0) the standby takes over;
//  - the deadline monitor exits 0 on SIGTERM;
//  - with OTEL_EXPORTER_OTLP_ENDPOINT set, the API exports its spans over OTLP/HTTP (to a collector stand-in here)
//    and flushes them on SIGTERM.
// Needs PostgreSQL (DATABASE_URL's server, default 127.0.0.1:5432, trust) for the projector and monitor checks.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const root = new URL('../..', import.meta.url).pathname;
// The PostgreSQL client the projector itself uses (a dependency of that service, not of the repository root).
const pg = createRequire(join(root, 'services/projector/package.json'))('pg');
const adminUrl = process.env.RUNTIME_CHECK_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}\n`);
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function start(service, env, cwd) {
  const dist = join(root, 'services', service, 'dist');
  const child = spawn(process.execPath, ['--import', join(dist, 'tracing.js'), join(dist, 'main.js')], {
    cwd,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr };
}

async function status(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  } catch {
    return { status: 0 };
  }
}

/** Polls until `predicate` holds or `ms` pass; the condition, not a fixed sleep, decides. */
async function waitFor(predicate, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stop(proc, ms = 15_000) {
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), ms);
  const outcome = await proc.exited;
  clearTimeout(timer);
  return outcome;
}

async function apiChecks() {
  const base = mkdtempSync(join(tmpdir(), 'relocation-runtime-'));
  const cwd = join(base, 'cwd');
  const home = join(base, 'home');
  for (const dir of [cwd, home, join(base, 'tmp')]) mkdirSync(dir);
  const port = await freePort();
  // An OTLP/HTTP receiver standing in for a collector: it keeps what the API exports.
  const received = [];
  const collector = createHttpServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ path: request.url, body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const api = start(
    'api',
    {
      HOME: home,
      DATA_DIR: join(base, 'data'),
      HOST: '127.0.0.1',
      PORT: String(port),
      TMPDIR: join(base, 'tmp'),
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collector.address().port}`,
      OTEL_SERVICE_NAME: 'relocation-api-runtime-check',
    },
    cwd,
  );
  const healthy = await waitFor(
    async () => (await status(`http://127.0.0.1:${port}/healthz`)).status === 200,
    60_000,
  );
  check('api: /healthz answers 200', healthy === true, healthy ? '' : api.stderr().slice(-400));
  const ready = await waitFor(
    async () => (await status(`http://127.0.0.1:${port}/readyz`)).status === 200,
    30_000,
  );
  check('api: /readyz answers 200 once the store and read models are up', ready === true);
  const exit = await stop(api);
  check('api: SIGTERM exits 0', exit.code === 0, `code ${exit.code}, signal ${exit.signal}`);
  const exported = received
    .filter((r) => r.path === '/v1/traces')
    .map((r) => r.body)
    .join('\n');
  check(
    'api: with OTEL_EXPORTER_OTLP_ENDPOINT, spans reach the collector by SIGTERM',
    exported.includes('GET /readyz') && exported.includes('relocation-api-runtime-check'),
    `${received.length} requests`,
  );
  collector.close();
  const strays = [...readdirSync(cwd), ...readdirSync(home)];
  check('api: nothing written outside DATA_DIR and TMPDIR', strays.length === 0, strays.join(', '));
  rmSync(base, { recursive: true, force: true });
}

async function projectorChecks() {
  const database = `ops_runtime_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const cwd = mkdtempSync(join(tmpdir(), 'relocation-projector-'));
  try {
    const ports = [await freePort(), await freePort()];
    const projectors = ports.map((port) =>
      start(
        'projector',
        { DATABASE_URL: databaseUrl, HEALTH_PORT: String(port), PROJECTOR_LEADER_RETRY_MS: '200' },
        cwd,
      ),
    );
    const roles = async () =>
      Promise.all(ports.map(async (port) => (await status(`http://127.0.0.1:${port}/readyz`)).body?.role));
    const settled = await waitFor(async () => {
      const now = await roles();
      return now.includes('leader') && now.includes('standby') ? now : undefined;
    }, 60_000);
    check('projector: one leads, the other stands by', settled !== undefined, JSON.stringify(await roles()));
    if (settled !== undefined) {
      const leader = settled.indexOf('leader');
      const standbyPort = ports[1 - leader];
      const healthz = await status(`http://127.0.0.1:${standbyPort}/healthz`);
      check('projector: the standby is alive (/healthz 200) while not ready', healthz.status === 200);
      const exit = await stop(projectors[leader]);
      check('projector: the leader exits 0 on SIGTERM', exit.code === 0, `code ${exit.code}`);
      const takeover = await waitFor(
        async () => (await status(`http://127.0.0.1:${standbyPort}/readyz`)).body?.role === 'leader',
        30_000,
      );
      check('projector: the standby takes over the leadership', takeover === true);
    }
    for (const p of projectors) if (p.child.exitCode === null) await stop(p);

    const monitorPort = await freePort();
    const monitor = start(
      'deadlines',
      { EVENT_STORE: 'postgres', DATABASE_URL: databaseUrl, HEALTH_PORT: String(monitorPort) },
      cwd,
    );
    const monitorReady = await waitFor(
      async () =>
        (await status(`http://127.0.0.1:${monitorPort}/readyz`)).status === 200 ? true : undefined,
      60_000,
    );
    check('deadlines: /readyz answers 200 once the monitor runs', monitorReady === true);
    const monitorLive = await status(`http://127.0.0.1:${monitorPort}/healthz`);
    check('deadlines: /healthz answers 200', monitorLive.status === 200);
    const alive = monitor.child.exitCode === null;
    const exit = await stop(monitor);
    check('deadlines: runs, and exits 0 on SIGTERM', alive && exit.code === 0, `code ${exit.code}`);
    check('projector and deadlines: nothing written in the working directory', readdirSync(cwd).length === 0);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

await apiChecks();
await projectorChecks();
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(`runtime: ${results.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
