import { parseArgs } from 'node:util';
import { createSqlAccessLog, DEFAULT_ACCESS_LOG_SCHEMA } from '@relocation/access-log';
import type { VerifyAllReport } from '@relocation/checkpoint';
import { parseVerifyArgs, reportLines } from '@relocation/event-store';
import type { Adapters } from '../adapters.ts';
import type { Config } from '../config.ts';
import { setUpDatabaseRoles } from '../databaseRoles.ts';
import { createCheckpointSide } from './checkpointSide.ts';
import type { SecurityCliIo } from './securityCli.ts';

const verifyUsage = `Usage: pnpm relocation verify [--stream-prefix <prefix>] [--json]

Checks the hash chains of the event store and of the access log, and both against the newest signed checkpoint
in CHECKPOINT_DIR: a stream or access log entry that no longer matches it, a stream or events removed, or a
checkpoint whose signature does not verify is reported. Exit code: 0 ok, 1 problems found, 2 bad usage or error.`;

async function checkpointSideFor(
  config: Config,
  adapters: Adapters,
  publisher: 'inline' | 'off',
  io: SecurityCliIo,
) {
  const accessLog = await createSqlAccessLog({ driver: adapters.driver });
  return createCheckpointSide({
    config: { ...config, checkpoints: { ...config.checkpoints, publisher } },
    env: process.env,
    driver: adapters.driver,
    store: adapters.store,
    eventStoreSchema: adapters.eventStoreSchema,
    accessLog,
    accessLogSchema: DEFAULT_ACCESS_LOG_SCHEMA,
    clock: () => new Date(),
    logger: {
      info: () => undefined,
      warn: (message) => io.err(`warning: ${message}\n`),
      error: (_fields, message) => io.err(`${message}\n`),
    },
  });
}

export function verifyReportLines(report: VerifyAllReport, prefix?: string): string[] {
  const { accessLog, checkpoint } = report;
  const lines = [...reportLines(report.eventStore, prefix)];
  if (accessLog.ok) lines.push(`OK: access log, ${accessLog.entriesChecked} entries; its chain is intact.`);
  else {
    lines.push(
      `FAILED: access log, ${accessLog.entriesChecked} entries; ${accessLog.problems.length} problem(s):`,
    );
    for (const problem of accessLog.problems)
      lines.push(`  ${problem.kind.padEnd(9)} #${problem.seq}: ${problem.detail}`);
  }
  const signed = checkpoint.checkpoint;
  const against =
    signed === null
      ? 'no signed checkpoint'
      : `the checkpoint signed at ${signed.issuedAt} by key ${signed.keyId} (${signed.streams} stream(s), access log entry ${signed.accessLogSeq})`;
  if (checkpoint.ok) lines.push(`OK: ${against}; nothing signed has changed.`);
  else {
    lines.push(`FAILED: ${against}; ${checkpoint.problems.length} problem(s):`);
    for (const problem of checkpoint.problems) {
      const where =
        problem.streamName !== undefined
          ? ` ${problem.streamName}${problem.revision === undefined ? '' : ` @${problem.revision}`}`
          : problem.seq !== undefined
            ? ` access log #${problem.seq}`
            : '';
      lines.push(`  ${problem.kind}${where}: ${problem.detail}`);
    }
  }
  return lines;
}

/** `verify`: the chains of the event store and the access log, and both against the newest signed checkpoint. */
export async function runVerifyAllCli(
  config: Config,
  adapters: Adapters,
  argv: readonly string[],
  io: SecurityCliIo,
): Promise<number> {
  const parsed = parseVerifyArgs(argv);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n\n${verifyUsage}\n`);
    return 2;
  }
  const values = parsed.values;
  if (values.help) {
    io.out(`${verifyUsage}\n`);
    return 0;
  }
  const prefix = values['stream-prefix'];
  const side = await checkpointSideFor(config, adapters, 'off', io);
  const report = await side.verify(prefix === undefined ? {} : { streamPrefix: prefix });
  if (values.json) {
    const json = JSON.stringify(
      report,
      (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value),
      2,
    );
    io.out(`${json}\n`);
  } else io.out(`${verifyReportLines(report, prefix).join('\n')}\n`);
  return report.ok ? 0 : 1;
}

/** `checkpoint`: verifies, then signs and publishes one checkpoint now (the server does this periodically). */
export async function runCheckpointCli(
  config: Config,
  adapters: Adapters,
  io: SecurityCliIo,
): Promise<number> {
  const side = await checkpointSideFor(config, adapters, 'inline', io);
  if (side.publisher === undefined) {
    io.err('Checkpoints need the SQL event store (EVENT_STORE=pglite or postgres).\n');
    return 2;
  }
  try {
    const outcome = await side.publisher.publishOnce();
    if (!outcome.published) {
      io.err(`Not signed: ${outcome.reason}. Run pnpm relocation verify to see what.\n`);
      return 1;
    }
    io.out(
      `Signed ${outcome.streams} stream head(s) and access log entry ${outcome.accessLogSeq} into ${outcome.file}.\n`,
    );
    return 0;
  } finally {
    await side.publisher.stop();
  }
}

/**
 * `db-roles --admin-url <url>`: creates the owner role (MIGRATION_DATABASE_URL) and the runtime role
 * (DATABASE_URL), migrates as the owner and grants the runtime its rights.
 */
export async function runDatabaseRolesCli(
  config: Config,
  argv: readonly string[],
  io: SecurityCliIo,
): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'admin-url': { type: 'string' } },
    strict: true,
  });
  const adminUrl = values['admin-url'];
  if (
    adminUrl === undefined ||
    config.databaseUrl === undefined ||
    config.migrationDatabaseUrl === undefined
  ) {
    io.err(
      'usage: DATABASE_URL=<runtime role URL> MIGRATION_DATABASE_URL=<owner role URL> ' +
        'pnpm relocation db-roles --admin-url <URL of a role that may create roles>\n',
    );
    return 2;
  }
  const roles = await setUpDatabaseRoles({
    adminUrl,
    ownerUrl: config.migrationDatabaseUrl,
    runtimeUrl: config.databaseUrl,
  });
  io.out(
    `Roles ready: ${roles.owner} owns the event store, access log and key store and runs the migrations; ` +
      `${roles.runtime} may only append and read history (and keeps the keys and read models).\n`,
  );
  return 0;
}
