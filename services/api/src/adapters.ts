import { createCaseCrypto, createKeyRing, parseKekEnv } from '@relocation/crypto';
import type { CaseCrypto } from '@relocation/crypto';
import type { EventStore } from '@relocation/event-store';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver, openLockedPgliteDriver, type SqlDriver } from '@relocation/postgres';
import { createSqlDataKeyStore } from '@relocation/key-store-postgres';
import type { Config } from './config.ts';
import { defaultOwnedSchemas, migrateWithOwnerRole } from './databaseRoles.ts';
import { loadOrCreateDevKeks } from './devKeks.ts';
import { engineImagePath } from './engineImage.ts';
import type { KekEnv } from './devKeks.ts';

export interface Adapters {
  readonly store: EventStore;
  /** The SQL database of the key store and the read models (the event store's own, unless it is KurrentDB). */
  readonly driver: SqlDriver;
  /** Set when `store` is the SQL event store on `driver` (the read models use its table for feed order). */
  readonly eventStoreSchema?: string;
  readonly caseCrypto: CaseCrypto;
  /** Vacuums deleted key material away for good (erasure does it too; the retention job repeats it). */
  purgeErasedKeys(): Promise<void>;
  /** Closes the store and the driver. */
  close(): Promise<void>;
}

export interface AdapterNotices {
  warn(message: string): void;
}

async function keks(config: Config, notices: AdapterNotices): Promise<KekEnv> {
  if (config.keks !== undefined) return config.keks;
  // parseConfig refuses jwks mode without KEKs, so this is dev mode.
  const dev = await loadOrCreateDevKeks(config.dataDir);
  if (dev.created) {
    notices.warn(
      `Generated a development key-encryption key in ${dev.path}. It is for development only: ` +
        'set RELOCATION_KEKS and RELOCATION_ACTIVE_KEK for real data.',
    );
  }
  return dev.keks;
}

/** Runs `start`; if it fails, closes what was opened before it (releasing the PGlite lock) and rethrows. */
async function closingOnFailure<T>(opened: { close(): Promise<void> }, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    await opened.close().catch(() => undefined);
    throw error;
  }
}

/**
 * With MIGRATION_DATABASE_URL naming another role than DATABASE_URL, the owner role migrates the event store, the
 * access log and the key store and grants the runtime role (DATABASE_URL) its rights first.
 */
async function migrateAsOwnerIfSeparate(
  config: Config,
  runtime: SqlDriver,
  sqlEvents: boolean,
): Promise<void> {
  const owner = config.migrationDatabaseUrl;
  if (owner === undefined || config.databaseUrl === undefined || owner === config.databaseUrl) return;
  const { eventStore, ...rest } = defaultOwnedSchemas;
  await migrateWithOwnerRole(owner, runtime, sqlEvents ? { eventStore, ...rest } : rest);
}

/** Builds the event store, the SQL database beside it and the case crypto from configuration. */
export async function buildAdapters(config: Config, notices: AdapterNotices): Promise<Adapters> {
  const kekEnv = await keks(config, notices);
  let store: EventStore;
  let driver: SqlDriver;
  let eventStoreSchema: string | undefined;
  switch (config.eventStore) {
    case 'pglite':
    case 'postgres': {
      driver =
        config.eventStore === 'pglite'
          ? await openLockedPgliteDriver(config.dataDir, { create: true, prepared: engineImagePath() })
          : createPgDriver({ connectionString: config.databaseUrl ?? '' });
      const runtime = driver;
      if (config.eventStore === 'postgres') {
        await closingOnFailure(runtime, () => migrateAsOwnerIfSeparate(config, runtime, true));
      }
      const sqlStore = await closingOnFailure(driver, () => createSqlEventStore({ driver }));
      store = sqlStore;
      eventStoreSchema = sqlStore.schema;
      break;
    }
    case 'kurrentdb':
      driver =
        config.databaseUrl === undefined
          ? await openLockedPgliteDriver(config.dataDir, { create: true })
          : createPgDriver({ connectionString: config.databaseUrl });
      if (config.databaseUrl !== undefined) {
        const runtime = driver;
        await closingOnFailure(runtime, () => migrateAsOwnerIfSeparate(config, runtime, false));
      }
      {
        // Loaded only here: the KurrentDB client and its gRPC stack cost the embedded engine's start a quarter
        // of a second and ~30 MB when nobody uses them.
        const { createKurrentDbEventStore } = await import('@relocation/event-store-kurrentdb');
        store = createKurrentDbEventStore({ connectionString: config.kurrentDbUrl ?? '' });
      }
      break;
    default: {
      const _exhaustive: never = config.eventStore;
      throw new Error(`unknown event store ${String(_exhaustive)}`);
    }
  }
  const sqlDriver = driver;
  const close = async (): Promise<void> => {
    await store.close();
    // The SQL event store closes its driver; a KurrentDB store leaves the separate one to us.
    if (config.eventStore === 'kurrentdb') await sqlDriver.close();
  };
  const dataKeys = await closingOnFailure({ close }, () => createSqlDataKeyStore({ driver: sqlDriver }));
  const caseCrypto = createCaseCrypto({ keyRing: createKeyRing(parseKekEnv(kekEnv)), dataKeys });
  return {
    store,
    driver,
    ...(eventStoreSchema === undefined ? {} : { eventStoreSchema }),
    caseCrypto,
    purgeErasedKeys: () => dataKeys.purge(),
    close,
  };
}
