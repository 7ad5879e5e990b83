import { createCaseCrypto, createKeyRing } from '@relocation/crypto';
import type { CaseSealer } from '@relocation/application';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver, openLockedPgliteDriver } from '@relocation/postgres';
import type { SqlEventStore } from '@relocation/event-store-postgres';
import { createSqlDataKeyStore } from '@relocation/key-store-postgres';
import type { RelayConfig } from './config.ts';

export interface RelayAdapters {
  /** The SQL event store; its `checkpoints` table holds the relay's checkpoint. */
  readonly store: SqlEventStore;
  /** The case sealer for recording police assessments (inbound on). */
  readonly sealerFor?: (relocationId: string) => Promise<CaseSealer>;
  close(): Promise<void>;
}

/** The event store (PGlite or PostgreSQL, like the API's) and, for the inbound side, the case crypto. */
export async function buildAdapters(config: RelayConfig): Promise<RelayAdapters> {
  const driver =
    config.eventStore === 'pglite'
      ? await openLockedPgliteDriver(config.dataDir, { create: true })
      : createPgDriver({ connectionString: config.databaseUrl ?? '' });
  const store = await createSqlEventStore({ driver });
  if (config.keks === undefined) return { store, close: () => store.close() };
  const caseCrypto = createCaseCrypto({
    keyRing: createKeyRing(config.keks),
    dataKeys: await createSqlDataKeyStore({ driver }),
  });
  return {
    store,
    sealerFor: (relocationId) => caseCrypto.sealerFor(relocationId),
    close: () => store.close(),
  };
}
