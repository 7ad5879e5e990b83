import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { runTokenCli } from '@relocation/access';
import { createReadModels, givenYoungGeneration, REBUILD_NODE_FLAG } from '@relocation/read-models';
import { buildAdapters } from './adapters.ts';
import type { Adapters } from './adapters.ts';
import { parseConfig } from './config.ts';
import type { Config } from './config.ts';
import { runForecastCli } from './deadlines/forecastCli.ts';
import { isKnownMunicipality } from './municipalities.ts';
import { runCheckpointCli, runDatabaseRolesCli, runVerifyAllCli } from './security/auditCli.ts';
import { runEraseCli, runRotateKekCli } from './security/securityCli.ts';

const usage = `Usage: pnpm relocation <command> [options]

  token    Mint a development access token (AUTH_MODE=dev only), e.g.
           pnpm relocation token --org municipality:0180 --role caseworker --sub anna
  rebuild  Drop the read models and project every event again
  verify   Check the hash chains of the event store and the access log, and both against the newest signed
           checkpoint [--stream-prefix <prefix>] [--json]
  checkpoint
           Verify, then sign and publish a checkpoint of every stream head and the access log head now
  db-roles --admin-url <url>
           Create the owner role (MIGRATION_DATABASE_URL) and the runtime role (DATABASE_URL), migrate as the
           owner and grant the runtime only what it needs
  deadlines --as-of <date> [--json]
           Read-only forecast: the open deadlines that will be overdue by that date
  erase --relocation <id>
           Erase a case: record CaseErased, destroy its data key, purge it from the read models
  rotate-kek --to <kekId>
           Re-wrap every case data key with another key-encryption key (both in RELOCATION_KEKS)

The same settings (DATA_DIR, EVENT_STORE, DATABASE_URL, ...) as the server apply. With EVENT_STORE=pglite, stop
the server before rebuild or verify: PGlite allows one process at a time.
`;

const warn = (message: string): void => {
  process.stderr.write(`warning: ${message}\n`);
};

async function token(config: Config, argv: readonly string[]): Promise<number> {
  if (config.auth.mode !== 'dev') {
    process.stderr.write(
      'relocation token mints development tokens only; with AUTH_MODE=jwks tokens come from your identity provider.\n',
    );
    return 2;
  }
  return runTokenCli(argv, { dataDir: config.dataDir, isKnownMunicipality });
}

/**
 * The V8 setting a rebuild runs best with can only be given at start: unless node's command line or NODE_OPTIONS
 * already sets the young generation's size, `rebuild` runs as a child started with it (same arguments, settings
 * and terminal), and this process passes on its exit code and the signals that stop it. Nothing is opened before,
 * so a PGlite data directory is free for the child.
 */
function rerunForRebuild(): Promise<number> | undefined {
  if (givenYoungGeneration() !== undefined) return undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, REBUILD_NODE_FLAG, ...process.argv.slice(1)],
      {
        stdio: 'inherit',
      },
    );
    // Stopping this process stops the rebuild too (a terminal's Ctrl-C reaches both anyway).
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => child.kill(signal));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      resolve(code ?? (signal === null ? 1 : 128 + (constants.signals[signal] ?? 0))),
    );
  });
}

async function rebuild(config: Config): Promise<number> {
  const rerun = rerunForRebuild();
  if (rerun !== undefined) return rerun;
  const adapters = await buildAdapters(config, { warn });
  try {
    const readModels = createReadModels({
      driver: adapters.driver,
      store: adapters.store,
      clock: () => new Date(),
      ...(adapters.eventStoreSchema === undefined ? {} : { eventStoreSchema: adapters.eventStoreSchema }),
    });
    await readModels.migrate();
    const events = await readModels.rebuild();
    await readModels.close();
    process.stdout.write(`Rebuilt the read models from ${events} events.\n`);
    return 0;
  } finally {
    await adapters.close();
  }
}

const cliIo = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
};

async function withAdapters(config: Config, run: (adapters: Adapters) => Promise<number>): Promise<number> {
  const adapters = await buildAdapters(config, { warn });
  try {
    return await run(adapters);
  } finally {
    await adapters.close();
  }
}

async function run(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage);
    return command === undefined ? 2 : 0;
  }
  const config = parseConfig(process.env);
  switch (command) {
    case 'token':
      return token(config, rest);
    case 'rebuild':
      return rebuild(config);
    case 'verify':
      return withAdapters(config, (adapters) => runVerifyAllCli(config, adapters, rest, cliIo));
    case 'checkpoint':
      return withAdapters(config, (adapters) => runCheckpointCli(config, adapters, cliIo));
    case 'db-roles':
      return runDatabaseRolesCli(config, rest, cliIo);
    case 'deadlines':
      return runForecastCli(config, rest);
    case 'erase':
      return withAdapters(config, (adapters) => runEraseCli(config, adapters, rest, cliIo));
    case 'rotate-kek':
      return withAdapters(config, (adapters) => runRotateKekCli(adapters, rest, cliIo));
    default:
      process.stderr.write(`unknown command '${command}'\n\n${usage}`);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
