import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateAccessLog } from '@relocation/access-log';
import { migrate } from '@relocation/event-store-postgres';
import { migrateKeyStore } from '@relocation/key-store-postgres';
import { createPgliteDriver, ensurePgliteImage, ensurePreparedImage, newPglite } from '@relocation/postgres';
import { readModelsFingerprint } from '@relocation/read-models';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOwnedSchemas } from './databaseRoles.ts';
import { engineImagePath, migrateEngineSchemas } from './engineImage.ts';

const cache = mkdtempSync(join(tmpdir(), 'engine-image-test-'));
const env = { PGLITE_IMAGE_DIR: cache };
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe("the engine's prepared image", () => {
  it('holds every schema the first start migrates: a new data directory made from it has nothing to migrate', async () => {
    expect(await ensurePgliteImage(env)).not.toBeNull();
    const path = engineImagePath(env);
    expect(path).toMatch(/-engine-[0-9a-f]{16}$/);
    expect(await ensurePreparedImage(path!, migrateEngineSchemas, env)).toBe(true);

    const db = newPglite(join(cache, 'data', 'pglite'), path, env);
    const driver = createPgliteDriver({ db });
    try {
      const [version] = await driver.query<{ fingerprint: string }>(
        'SELECT fingerprint FROM read_models.read_model_version',
      );
      expect(version?.fingerprint).toBe(readModelsFingerprint);
      expect((await migrate(driver, defaultOwnedSchemas.eventStore!)).applied).toEqual([]);
      expect(await migrateAccessLog(driver, defaultOwnedSchemas.accessLog)).toEqual([]);
      expect(await migrateKeyStore(driver, defaultOwnedSchemas.keyStore)).toEqual([]);
      // Empty: the image holds schemas, never an event, key or log entry.
      const [events] = await driver.query<{ n: number }>('SELECT count(*)::int AS n FROM event_store.events');
      expect(events?.n).toBe(0);
    } finally {
      await db.close();
    }
  });
});
