import { createHash } from 'node:crypto';
import { accessLogMigrations } from '@relocation/access-log';
import { migrations as eventStoreMigrations } from '@relocation/event-store-postgres';
import { keyStoreMigrations } from '@relocation/key-store-postgres';
import { preparedImagePath, quoteSchema, type Migration, type SqlDriver } from '@relocation/postgres';
import { DEFAULT_READ_MODEL_SCHEMA, migrateReadModels, readModelsFingerprint } from '@relocation/read-models';
import { defaultOwnedSchemas, migrateAsOwner } from './databaseRoles.ts';

const rendered = (schema: string, migrations: readonly Migration[]): string =>
  migrations
    .map((m) => `${m.version} ${m.name}\n${m.statements(quoteSchema(schema)).join('\n;\n')}`)
    .join('\n');

/**
 * What the engine's migrations make in its embedded database (the event store, access log, key store and read
 * models in their default schemas), as one hash: the prepared image's name carries it, so a new migration makes
 * the engine look for (and `pnpm install` make) another image.
 */
export const engineImageFingerprint: string = createHash('sha256')
  .update(rendered(defaultOwnedSchemas.eventStore ?? '', eventStoreMigrations))
  .update(rendered(defaultOwnedSchemas.accessLog, accessLogMigrations))
  .update(rendered(defaultOwnedSchemas.keyStore, keyStoreMigrations))
  .update(`${DEFAULT_READ_MODEL_SCHEMA} ${readModelsFingerprint}`)
  .digest('hex');

/**
 * The engine's prepared image (packages/postgres, preparedImage.ts): the PGlite initial image with every schema
 * the engine migrates at its first start already migrated, so that a new data directory starts as a warm one
 * does (issue 16: the first start's time and memory). Null when images are off.
 */
export const engineImagePath = (env: NodeJS.ProcessEnv = process.env): string | null =>
  preparedImagePath('engine', engineImageFingerprint, env);

/** Runs what the engine's first start migrates, in the default schemas (what the prepared image holds). */
export async function migrateEngineSchemas(driver: SqlDriver): Promise<void> {
  await migrateAsOwner(driver, defaultOwnedSchemas, undefined);
  await migrateReadModels(driver, DEFAULT_READ_MODEL_SCHEMA);
}
