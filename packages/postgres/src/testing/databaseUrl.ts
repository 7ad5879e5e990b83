/**
 * The PostgreSQL server for `*.int.test.ts` files, or undefined after warning that `what` is skipped: int test
 * files use `describe.skipIf(!url)`.
 */
export function databaseUrlOrWarn(what: string): string | undefined {
  const url = process.env.DATABASE_URL;
  if (!url) console.warn(`DATABASE_URL is not set: skipping ${what} (they need a PostgreSQL server)`);
  return url;
}
