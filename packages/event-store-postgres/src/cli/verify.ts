/**
 * Verifies the hash chains of a PostgreSQL or PGlite event store:
 *   pnpm --filter @relocation/event-store-postgres verify --database-url postgres://... [--schema event_store]
 *   pnpm --filter @relocation/event-store-postgres verify --pglite-dir ./data/pglite [--stream-prefix case-] [--json]
 * Exit code: 0 ok, 1 problems found, 2 bad usage or error.
 */
import { runPostgresVerifyCli } from './runPostgresVerifyCli.ts';

await runPostgresVerifyCli(process.argv.slice(2), process.env, {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  exit: (code) => {
    process.exitCode = code;
  },
});
