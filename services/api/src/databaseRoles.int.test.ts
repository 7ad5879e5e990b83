import { randomBytes, randomUUID } from 'node:crypto';
import { createSqlAccessLog } from '@relocation/access-log';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver, type SqlDriver } from '@relocation/postgres';
import { newEvent } from '@relocation/event-store-postgres/testing';
import { databaseUrlOrWarn } from '@relocation/postgres/testing';
import { createSqlDataKeyStore } from '@relocation/key-store-postgres';
import { createReadModels } from '@relocation/read-models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpDatabaseRoles } from './databaseRoles.ts';

const url = databaseUrlOrWarn('the database role tests');

/** A URL like `base` for another user and database. */
const urlFor = (base: string, user: string, database: string): string => {
  const parsed = new URL(base);
  parsed.username = user;
  parsed.password = '';
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

describe.skipIf(!url)('the runtime role on PostgreSQL (issue 10, item 3)', () => {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
  const database = `roles_${suffix}`;
  const ownerRole = `relocation_owner_${suffix}`;
  const runtimeRole = `relocation_app_${suffix}`;
  const admin = createPgDriver({ connectionString: url ?? '', max: 1 });
  const drivers: SqlDriver[] = [];
  const connect = (user: string): SqlDriver => {
    const driver = createPgDriver({ connectionString: urlFor(url ?? '', user, database), max: 2 });
    drivers.push(driver);
    return driver;
  };
  let runtime: SqlDriver;
  let owner: SqlDriver;

  beforeAll(async () => {
    await admin.query(`CREATE DATABASE ${database}`);
    const adminUrl = urlFor(url ?? '', new URL(url ?? '').username, database);
    expect(
      await setUpDatabaseRoles({
        adminUrl,
        ownerUrl: urlFor(url ?? '', ownerRole, database),
        runtimeUrl: urlFor(url ?? '', runtimeRole, database),
      }),
    ).toEqual({ owner: ownerRole, runtime: runtimeRole });
    // Twice is harmless.
    await setUpDatabaseRoles({
      adminUrl,
      ownerUrl: urlFor(url ?? '', ownerRole, database),
      runtimeUrl: urlFor(url ?? '', runtimeRole, database),
    });
    runtime = connect(runtimeRole);
    owner = connect(ownerRole);
  });

  afterAll(async () => {
    await Promise.all(drivers.map((driver) => driver.close()));
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${runtimeRole}`);
    await admin.query(`DROP ROLE IF EXISTS ${ownerRole}`);
    await admin.close();
  });

  it('lets the runtime append, read, record reads, keep and erase keys and build the read models', async () => {
    const store = await createSqlEventStore({ driver: runtime });
    await store.appendToStream('relocation-1', [newEvent('Opened'), newEvent('Assessed')], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream('relocation-1', [newEvent('Proposed')], { expectedRevision: 1 });
    expect((await store.verify()).ok).toBe(true);
    const accessLog = await createSqlAccessLog({ driver: runtime });
    await accessLog.record({
      at: new Date(),
      userId: 'anna',
      organisationId: 'municipality:0180',
      role: 'caseworker',
      relocationId: randomUUID(),
      view: 'detail',
      requestId: randomUUID(),
    });
    expect((await accessLog.verify()).ok).toBe(true);
    const keys = await createSqlDataKeyStore({ driver: runtime });
    const wrapped = {
      keyId: 'k',
      kekId: 'kek',
      iv: 'i',
      ct: randomBytes(32).toString('base64url'),
      tag: 't',
    };
    await keys.put('case-1', wrapped);
    expect(await keys.get('case-1')).toEqual(wrapped);
    await keys.destroy('case-1', new Date()); // deletes and runs VACUUM FULL as the runtime
    expect(await keys.get('case-1')).toBeUndefined();
    const readModels = createReadModels({
      driver: runtime,
      store,
      clock: () => new Date(),
      eventStoreSchema: 'event_store',
    });
    await readModels.migrate();
    await readModels.rebuild();
  });

  it.each([
    ['UPDATE event_store.events SET type = $$Forged$$'],
    ['DELETE FROM event_store.events'],
    ['TRUNCATE event_store.events'],
    ['ALTER TABLE event_store.events ADD COLUMN forged text'],
    ['ALTER TABLE event_store.events DISABLE TRIGGER ALL'],
    ['DROP TABLE event_store.events'],
    ['DELETE FROM event_store.streams'],
    ['TRUNCATE event_store.streams'],
    ['UPDATE access_log.access_log SET user_id = $$nobody$$'],
    ['DELETE FROM access_log.access_log'],
    ['TRUNCATE access_log.access_log'],
    ['ALTER TABLE access_log.access_log DISABLE TRIGGER access_log_append_only'],
    ['DELETE FROM access_log.access_log_head'],
    ['DELETE FROM key_store.case_keys'],
    ['CREATE TABLE event_store.shadow (id int)'],
  ])('refuses the runtime role: %s', async (statement) => {
    await expect(runtime.query(statement)).rejects.toMatchObject({ code: '42501' });
  });

  it('owns nothing of the event store or the access log', async () => {
    const owned = await runtime.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE pg_get_userbyid(c.relowner) = current_user AND n.nspname IN ('event_store', 'access_log')`,
    );
    expect(owned).toEqual([]);
    // The owner role still can: that is what the signed checkpoints are for.
    await owner.query('SELECT 1 FROM event_store.events LIMIT 1');
  });
});
