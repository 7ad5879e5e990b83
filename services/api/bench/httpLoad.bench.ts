/**
 * `pnpm bench:http` (also run by `pnpm bench`): the whole engine over HTTP. Starts the API process (main.ts, as
 * `pnpm start` does) on PostgreSQL in a database of its own, then BENCH_CLIENTS clients (default 16) each drive
 * relocations command by command as the parties do (initiate, consent, submit, threat assessment, proposal,
 * acceptance, clearance, arrival) for BENCH_SECONDS (default 20), twice:
 *   1. commands only: commands/s and each command's latency (request sent → answer read);
 *   2. read your own write: after each command the same party reads the case with `?minPosition=` at once, and
 *      the time from the command's answer to the read's answer is measured.
 * BENCH_API=compiled runs the API's bundle with plain node, as `start:prod` does (after `pnpm build:services`),
 * instead of its TypeScript through tsx. BENCH_API_PROCESSES=N (default 1) runs the replicated layout instead: N API
 * processes with PROJECTOR=off (the first also runs the deadline monitor) and services/projector beside them, each
 * client keeping to one of them.
 * With BENCH_PROFILE=1 the API runs under the V8 CPU profiler during the first load, and the functions and
 * packages where its time went are printed. A figure, not a test; the targets (issue 17) are printed beside it.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createPgDriver } from '@relocation/postgres';
import { demoBodies } from '../src/demo/demoCase.ts';
import { demoParties, type DemoPartyName } from '../src/demo/demoParties.ts';
import { devTokenMinter } from '../src/demo/devTokenMinter.ts';
import { apiCompiledEntry, startEngine, startProjectorProcess } from '../src/demo/engine.ts';

const url = process.env.DATABASE_URL;
const seconds = Number(process.env.BENCH_SECONDS ?? '20');
const clients = Number(process.env.BENCH_CLIENTS ?? '16');
const profile = process.env.BENCH_PROFILE === '1';
const apiProcesses = Number(process.env.BENCH_API_PROCESSES ?? '1');
/** BENCH_API=compiled: the API's bundle as production runs it (after `pnpm build:services`); `tsx` by default. */
const apiMode = process.env.BENCH_API ?? 'tsx';
const compiled = apiMode === 'compiled';

/** Refuses settings it cannot run, before anything is made. */
function checkSettings(): void {
  if (!Number.isSafeInteger(apiProcesses) || apiProcesses < 1)
    throw new Error(
      `BENCH_API_PROCESSES must be a whole number of at least 1, not ${process.env.BENCH_API_PROCESSES}`,
    );
  if (apiMode !== 'tsx' && apiMode !== 'compiled')
    throw new Error(`BENCH_API must be tsx or compiled, not ${apiMode}`);
  if (compiled && !existsSync(apiCompiledEntry))
    throw new Error(`BENCH_API=compiled runs ${apiCompiledEntry}: run pnpm build:services first`);
}

/**
 * The clients' HTTP requests: node:http over kept-alive connections, one per client. The load generator shares the
 * machine's two cores with the API and PostgreSQL, and `fetch` (undici's WHATWG streams) cost it about a quarter of a
 * core at 700 requests/s, time taken from the system measured; this client costs a fraction of that.
 */
const agent = new Agent({ keepAlive: true, maxSockets: clients });

function send(
  url: string,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body?: string,
): Promise<{ readonly status: number; readonly text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      {
        method,
        agent,
        headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The steps of one relocation: who sends which command. */
const steps: readonly (readonly [DemoPartyName, string, keyof ReturnType<typeof demoBodies>])[] = [
  ['sending', '', 'initiate'],
  ['sending', 'consent', 'consent'],
  ['sending', 'submit', 'submit'],
  ['police', 'threat-assessments', 'assess'],
  ['coordinator', 'propose', 'proposeReceiving'],
  ['receiving', 'accept', 'accept'],
  ['police', 'clear-destination', 'clear'],
  ['receiving', 'confirm-arrival', 'arrive'],
];

interface Load {
  readonly commands: number;
  readonly elapsedMs: number;
  readonly commandMs: number[];
  readonly readMs: number[];
  readonly failures: number;
}

async function drive(
  baseUrls: readonly string[],
  tokens: Record<DemoPartyName, string>,
  readYourWrites: boolean,
): Promise<Load> {
  const bodies = demoBodies(new Date());
  const commandMs: number[] = [];
  const readMs: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      // Each client keeps to one API process, as a browser keeps to one connection.
      const baseUrl = baseUrls[client % baseUrls.length] as string;
      while (performance.now() < deadline) {
        let relocationId = '';
        for (const [party, action, body] of steps) {
          if (performance.now() >= deadline) break;
          const path = action === '' ? '/v1/relocations' : `/v1/relocations/${relocationId}/${action}`;
          const sent = performance.now();
          const response = await send(
            `${baseUrl}${path}`,
            'POST',
            {
              authorization: `Bearer ${tokens[party]}`,
              'content-type': 'application/json',
              'idempotency-key': randomUUID(),
            },
            JSON.stringify(bodies[body]),
          );
          const answer = JSON.parse(response.text) as { relocationId?: string; position?: string };
          const answered = performance.now();
          if (response.status !== 200 && response.status !== 201) {
            failures += 1;
            break;
          }
          commandMs.push(answered - sent);
          relocationId = answer.relocationId ?? relocationId;
          if (readYourWrites) {
            const read = await send(
              `${baseUrl}/v1/relocations/${relocationId}?minPosition=${answer.position}`,
              'GET',
              { authorization: `Bearer ${tokens[party]}` },
            );
            if (read.status === 200) readMs.push(performance.now() - answered);
            else {
              failures += 1;
              if (process.env.BENCH_DEBUG === '1') console.log(read.status, path);
            }
          }
        }
      }
    }),
  );
  return {
    commands: commandMs.length,
    elapsedMs: performance.now() - started,
    commandMs: commandMs.sort((a, b) => a - b),
    readMs: readMs.sort((a, b) => a - b),
    failures,
  };
}

const at = (sorted: readonly number[], q: number): string =>
  (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN).toFixed(1);

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

/** The package a source file belongs to: a dependency's name, `@relocation/<dir>` for ours, else undefined. */
function packageOf(source: string): string | undefined {
  if (source.includes('node_modules')) {
    const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(source);
    return match?.[1];
  }
  const ours = /\/(?:packages|services)\/([^/]+)\//.exec(source);
  return ours === null ? undefined : `@relocation/${ours[1]}`;
}

/**
 * Self time per function, and time per package with Node's own work (sockets, crypto, JSON, GC excluded) counted
 * to the nearest package up the stack that asked for it, from the V8 profiles the API wrote.
 */
async function summariseProfiles(directory: string): Promise<void> {
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const file of (await readdir(directory)).filter((name) => name.endsWith('.cpuprofile'))) {
    const profileData = JSON.parse(await readFile(join(directory, file), 'utf8')) as {
      nodes: ProfileNode[];
      samples: number[];
      timeDeltas: number[];
    };
    const nodes = new Map(profileData.nodes.map((node) => [node.id, node]));
    const parents = new Map<number, number>();
    for (const node of profileData.nodes)
      for (const child of node.children ?? []) parents.set(child, node.id);
    const owner = new Map<number, string>();
    const ownerOf = (id: number): string => {
      const known = owner.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const direct = node === undefined ? undefined : packageOf(node.callFrame.url);
      const parent = parents.get(id);
      const found = direct ?? (parent === undefined ? 'node (no package on the stack)' : ownerOf(parent));
      owner.set(id, found);
      return found;
    };
    profileData.samples.forEach((id, index) => {
      const node = nodes.get(id);
      const micros = profileData.timeDeltas[index] ?? 0;
      if (node === undefined) return;
      const { functionName, url: source, lineNumber } = node.callFrame;
      if (functionName === '(idle)') return;
      total += micros;
      const key = `${functionName || '(anonymous)'}  ${source.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + micros);
      const where = functionName === '(garbage collector)' ? '(garbage collector)' : ownerOf(id);
      byPackage.set(where, (byPackage.get(where) ?? 0) + micros);
    });
  }
  const share = (micros: number): string => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
  console.log(`  CPU profile of the API process (busy time ${(total / 1e6).toFixed(1)} s), by package:`);
  for (const [where, micros] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 16))
    console.log(`    ${share(micros)}  ${where}`);
  console.log('  top functions (self time):');
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`    ${share(micros)}  ${key}`);
}

async function main(): Promise<void> {
  if (!url) {
    console.log('HTTP load benchmark: skipped, it needs PostgreSQL (set DATABASE_URL).');
    return;
  }
  checkSettings();
  console.log('\nHTTP load benchmark (whole relocations over the API, PostgreSQL)');
  const how = compiled ? 'compiled (BENCH_API=compiled, as start:prod runs it)' : 'through tsx';
  console.log(
    `  machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; node ${process.version}; load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')}`,
  );
  console.log(
    `  settings: BENCH_CLIENTS=${clients}, BENCH_SECONDS=${seconds} per load, ${apiProcesses === 1 ? `one API process ${how} with its projector in process` : `BENCH_API_PROCESSES=${apiProcesses} (API processes ${how} with PROJECTOR=off, services/projector beside them)`}, LOG_LEVEL=warn, RATE_LIMIT_MAX=10000000, ACCESS_ALERT_DISTINCT_CASES_PER_HOUR=10000000${profile ? ', CPU profile on' : ''}`,
  );
  const database = `bench_http_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = createPgDriver({ connectionString: url, max: 1 });
  await admin.query(`CREATE DATABASE ${database}`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${database}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'relocation-bench-http-'));
  const profileDir = join(dataDir, 'profile');
  try {
    const settings = {
      EVENT_STORE: 'postgres',
      DATABASE_URL: databaseUrl.toString(),
      DATA_DIR: dataDir,
      // Sixteen clients stand for sixteen users of one address: the per-address limit would refuse them.
      RATE_LIMIT_MAX: '10000000',
      // ... and for sixteen users, where they are the four demo parties' users: each would read hundreds of
      // distinct cases an hour, and every read would raise the over-reading alert and log a warning.
      ACCESS_ALERT_DISTINCT_CASES_PER_HOUR: '10000000',
    };
    const profileArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    // One process (the default, as `pnpm start`), or the replicated layout of the README: API processes with
    // PROJECTOR=off, the first of them running the deadline monitor, and services/projector beside them.
    const first = await startEngine(
      apiProcesses === 1 ? settings : { ...settings, PROJECTOR: 'off' },
      240_000,
      profileArgs,
      compiled,
    );
    const engines = [first];
    let projector: Awaited<ReturnType<typeof startProjectorProcess>> | undefined;
    try {
      if (apiProcesses > 1) {
        projector = await startProjectorProcess({ DATABASE_URL: databaseUrl.toString() });
        for (let i = 1; i < apiProcesses; i += 1)
          engines.push(
            await startEngine(
              { ...settings, PROJECTOR: 'off', DEADLINE_MONITOR: 'off' },
              240_000,
              profileArgs,
              compiled,
            ),
          );
      }
    } catch (error) {
      await Promise.all([...engines, ...(projector ? [projector] : [])].map((child) => child.stop()));
      throw error;
    }
    const baseUrls = engines.map((engine) => engine.baseUrl);
    try {
      const mint = await devTokenMinter(dataDir);
      const tokens = Object.fromEntries(
        await Promise.all(
          (Object.keys(demoParties) as DemoPartyName[]).map(async (name) => [
            name,
            await mint(demoParties[name]),
          ]),
        ),
      ) as Record<DemoPartyName, string>;
      await drive(baseUrls, tokens, false).then(() => undefined); // warm up (JIT, pools, plans)
      const load = await drive(baseUrls, tokens, false);
      const rate = load.commands / (load.elapsedMs / 1000);
      const p99 = Number(at(load.commandMs, 0.99));
      console.log(
        `  commands: ${Math.round(rate)}/s at ${clients} clients, p50 ${at(load.commandMs, 0.5)} ms, p95 ${at(load.commandMs, 0.95)} ms, p99 ${at(load.commandMs, 0.99)} ms (${load.commands} commands, ${load.failures} failed)   target ≥ 1000/s with p99 < 50 ms ${rate >= 1000 && p99 < 50 ? 'met' : 'NOT MET'}`,
      );
      const reads = await drive(baseUrls, tokens, true);
      console.log(
        `  read your own write (?minPosition= right after the answer): p50 ${at(reads.readMs, 0.5)} ms, p95 ${at(reads.readMs, 0.95)} ms, p99 ${at(reads.readMs, 0.99)} ms (${reads.readMs.length} reads; commands meanwhile p50 ${at(reads.commandMs, 0.5)} ms, p99 ${at(reads.commandMs, 0.99)} ms)`,
      );
    } finally {
      agent.destroy();
      await Promise.all(engines.map((engine) => engine.stop()));
      await projector?.stop();
    }
    if (profile) await summariseProfiles(profileDir);
  } finally {
    if (process.env.BENCH_KEEP_PROFILE !== '1') await rm(dataDir, { recursive: true, force: true });
    else console.log(`  kept ${dataDir}`);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.close();
  }
}

await main();
