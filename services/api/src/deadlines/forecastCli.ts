import { endOfSwedishDay, isoDateSchema } from '@relocation/domain';
import { createPgDriver, openLockedPgliteDriver, type SqlDriver } from '@relocation/postgres';
import { createDeadlineQueries, DEFAULT_READ_MODEL_SCHEMA, type ForecastItem } from '@relocation/read-models';
import type { Config } from '../config.ts';

export const forecastUsage = `Usage: pnpm relocation deadlines --as-of <YYYY-MM-DD | ISO instant> [--json]

Lists, read-only, the open deadlines that will be overdue by the end of that day (Stockholm time) if nothing
happens: case id, kind, the organisation it waits for, due time and business days overdue then.
`;

interface ForecastArgs {
  readonly asOf: Date;
  readonly label: string;
  readonly json: boolean;
}

/** `--as-of 2026-12-24` means by the end of that day in Stockholm; an ISO instant means that instant. */
export function parseForecastArgs(argv: readonly string[]): ForecastArgs | string {
  let asOf: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--as-of') asOf = argv[(i += 1)];
    else if (arg?.startsWith('--as-of=')) asOf = arg.slice('--as-of='.length);
    else return `unknown option '${arg ?? ''}'`;
  }
  if (asOf === undefined) return '--as-of is required';
  if (isoDateSchema.safeParse(asOf).success) {
    return { asOf: new Date(endOfSwedishDay(asOf)), label: `the end of ${asOf} (Stockholm)`, json };
  }
  const instant = Date.parse(asOf);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(asOf) || Number.isNaN(instant)) {
    return `--as-of takes a date (2026-12-24) or an ISO instant (2026-12-24T12:00:00Z), not '${asOf}'`;
  }
  return { asOf: new Date(instant), label: new Date(instant).toISOString(), json };
}

/**
 * Opens the read models' database without creating anything: PostgreSQL at DATABASE_URL, or the PGlite data
 * directory in DATA_DIR, which must exist already (and not be open in a running server: PGlite is one process's).
 */
async function openReadOnly(config: Config): Promise<SqlDriver> {
  if (config.databaseUrl !== undefined) return createPgDriver({ connectionString: config.databaseUrl });
  return openLockedPgliteDriver(config.dataDir, { create: false });
}

const pad = (text: string, width: number): string => text.padEnd(width);

function table(items: readonly ForecastItem[]): string {
  const header = [
    pad('case', 37),
    pad('kind', 21),
    pad('waiting for', 22),
    pad('due (UTC)', 25),
    'business days overdue',
  ];
  const rows = items.map((item) => [
    pad(item.relocationId, 37),
    pad(item.kind, 21),
    pad(item.ownerOrganisationId, 22),
    pad(item.dueAt, 25),
    `${item.businessDaysOverdue}${item.missed ? ' (already missed)' : ''}`,
  ]);
  return [header, ...rows].map((row) => row.join(' ').trimEnd()).join('\n');
}

/**
 * `pnpm relocation deadlines --as-of <date>`: a forecast for planning. Every query runs in a READ ONLY
 * transaction, so it cannot change the read models or the events.
 */
export async function runForecastCli(config: Config, argv: readonly string[]): Promise<number> {
  const args = parseForecastArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n\n${forecastUsage}`);
    return 2;
  }
  const driver = await openReadOnly(config);
  try {
    const items = await driver.transaction(async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      const [schema] = await tx.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [
        `${DEFAULT_READ_MODEL_SCHEMA}.relocations`,
      ]);
      if (schema?.present !== true) return undefined;
      return createDeadlineQueries(tx, DEFAULT_READ_MODEL_SCHEMA).forecast(args.asOf);
    });
    if (items === undefined) {
      process.stderr.write('There are no read models yet: start the engine once (pnpm start).\n');
      return 1;
    }
    if (args.json) {
      process.stdout.write(
        `${JSON.stringify({ asOf: args.asOf.toISOString(), deadlines: items }, null, 2)}\n`,
      );
    } else {
      process.stdout.write(`Open deadlines overdue by ${args.label}: ${items.length}\n`);
      if (items.length > 0) process.stdout.write(`${table(items)}\n`);
    }
    return 0;
  } finally {
    await driver.close();
  }
}
