import { runVerifyCli, verifyUsage, type VerifyCliIo } from '@relocation/event-store';
import { createSqlEventStore } from '../createSqlEventStore.ts';
import { createPgDriver, createPgliteDriver, type SqlDriver } from '@relocation/postgres';
import { DEFAULT_SCHEMA } from '../schemaName.ts';

export const postgresVerifyUsage = `Usage: verify (--database-url <url> | --pglite-dir <dir>) [--schema <name>] [--stream-prefix <prefix>] [--json]

Without --database-url or --pglite-dir, DATABASE_URL from the environment is used. --schema defaults to ${DEFAULT_SCHEMA}.
Nothing is migrated or written.

${verifyUsage}`;

interface StoreArgs {
  readonly databaseUrl?: string;
  readonly pgliteDir?: string;
  readonly schema: string;
  readonly rest: readonly string[];
}

/** Takes the options that say which store to open out of `argv`; the rest go to the shared verify command. */
export function parseStoreArgs(argv: readonly string[]): StoreArgs {
  const taken: Record<string, string> = {};
  const rest: string[] = [];
  const names = ['--database-url', '--pglite-dir', '--schema'];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const name = names.find((option) => arg === option || arg.startsWith(`${option}=`));
    if (name === undefined) {
      rest.push(arg);
      continue;
    }
    const value = arg === name ? argv[(index += 1)] : arg.slice(name.length + 1);
    if (value === undefined || value === '') throw new Error(`${name} needs a value`);
    taken[name] = value;
  }
  const databaseUrl = taken['--database-url'];
  const pgliteDir = taken['--pglite-dir'];
  if (databaseUrl !== undefined && pgliteDir !== undefined) {
    throw new Error('give --database-url or --pglite-dir, not both');
  }
  return {
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(pgliteDir === undefined ? {} : { pgliteDir }),
    schema: taken['--schema'] ?? DEFAULT_SCHEMA,
    rest,
  };
}

/** The verify command of this package: opens the PostgreSQL or PGlite store named on the command line. */
export async function runPostgresVerifyCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: VerifyCliIo,
): Promise<number> {
  let driver: SqlDriver;
  let args: StoreArgs;
  try {
    args = parseStoreArgs(argv);
    const databaseUrl = args.databaseUrl ?? (args.pgliteDir === undefined ? env.DATABASE_URL : undefined);
    if (args.pgliteDir !== undefined) driver = createPgliteDriver({ dataDir: args.pgliteDir });
    else if (databaseUrl !== undefined) driver = createPgDriver({ connectionString: databaseUrl, max: 2 });
    else throw new Error('say which store: --database-url, --pglite-dir or DATABASE_URL');
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${postgresVerifyUsage}`);
    io.exit(2);
    return 2;
  }
  if (args.rest.includes('--help') || args.rest.includes('-h')) {
    io.stdout(postgresVerifyUsage);
    await driver.close();
    io.exit(0);
    return 0;
  }
  const store = await createSqlEventStore({ driver, schema: args.schema, migrate: false });
  return runVerifyCli(store, args.rest, io);
}
