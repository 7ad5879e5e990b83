export type { QueryOptions, SqlDriver, SqlQueryable, SqlRow } from './drivers/SqlDriver.ts';
export { createPgDriver, type PgDriverOptions } from './drivers/pgDriver.ts';
export { createPgliteDriver, type PgliteDriverOptions } from './drivers/pgliteDriver.ts';
export { openLockedPgliteDriver, type LockedPgliteOptions } from './drivers/lockedPgliteDriver.ts';
export { lockPgliteDir } from './drivers/pgliteLock.ts';
export {
  ensurePgliteImage,
  isNewPgliteDatabase,
  newPglite,
  pgliteImageDir,
  pgliteImagePath,
  pgliteOptions,
  pgliteSettings,
} from './drivers/pgliteImage.ts';
export { ensurePreparedImage, preparedImagePath } from './drivers/preparedImage.ts';
export { runMigrations, type MigrateResult, type Migration, type MigrationSet } from './runMigrations.ts';
export { quoteSchema, type QuotedSchema } from './quoteSchema.ts';
export { grantRuntime, quoteRole, type RuntimeGrants } from './runtimeGrants.ts';
export { copyTextRow, type CopyValue } from './copyText.ts';
