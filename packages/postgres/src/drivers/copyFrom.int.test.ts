import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTextRow } from '../copyText.ts';
import { quoteSchema } from '../quoteSchema.ts';
import { databaseUrlOrWarn } from '../testing/databaseUrl.ts';
import { uniqueSchemaName } from '../testing/uniqueSchemaName.ts';
import { createPgDriver } from './pgDriver.ts';
import { createPgliteDriver } from './pgliteDriver.ts';
import type { SqlDriver } from './SqlDriver.ts';

const url = databaseUrlOrWarn('COPY on a PostgreSQL server');

/** Values a COPY must carry unchanged, with every character its text format gives a meaning. */
const tricky = ['plain', 'tab\there', 'line\nbreak', 'carriage\rreturn', 'back\\slash', '\\N', 'å ä ö', ''];

const suite = (name: string, open: (() => SqlDriver) | undefined) =>
  describe.skipIf(open === undefined)(`copyFrom in a transaction (${name})`, () => {
    const schema = uniqueSchemaName('copy');
    const s = quoteSchema(schema);
    let driver: SqlDriver;

    beforeAll(async () => {
      driver = (open as () => SqlDriver)();
      await driver.query(`CREATE SCHEMA ${s}`);
      await driver.query(
        `CREATE TABLE ${s}.rows (id int PRIMARY KEY, label text, doc jsonb, at timestamptz)`,
      );
    });
    afterAll(async () => {
      await driver?.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await driver?.close();
    });

    it('loads text, JSON, instants and NULL unchanged, and commits them with the transaction', async () => {
      await driver.transaction(async (tx) => {
        await tx.copyFrom!(
          `${s}.rows (id, label, doc, at)`,
          tricky
            .map((label, id) => copyTextRow([id, label, { label }, '2026-11-30T12:00:00.123Z']))
            .join('') + copyTextRow([99, null, null, null]),
        );
      });
      const rows = await driver.query<{ id: number; label: string | null; doc: unknown; at: string | null }>(
        `SELECT id, label, doc, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
         FROM ${s}.rows ORDER BY id`,
      );
      expect(rows).toEqual([
        ...tricky.map((label, id) => ({ id, label, doc: { label }, at: '2026-11-30T12:00:00.123Z' })),
        { id: 99, label: null, doc: null, at: null },
      ]);
    });

    it('loads the same rows given as UTF-8 bytes in parts, and nothing from no parts', async () => {
      const encoder = new TextEncoder();
      const parts = tricky.map((label, id) =>
        encoder.encode(
          copyTextRow([200 + id, label, { label }, null]) + copyTextRow([300 + id, 'ö', null, null]),
        ),
      );
      await driver.transaction(async (tx) => {
        await tx.copyFrom!(`${s}.rows (id, label, doc, at)`, parts);
        await tx.copyFrom!(`${s}.rows (id)`, []);
      });
      const rows = await driver.query<{ id: number; label: string | null; doc: unknown }>(
        `SELECT id, label, doc FROM ${s}.rows WHERE id >= 200 AND id < 400 ORDER BY id`,
      );
      expect(rows).toEqual([
        ...tricky.map((label, id) => ({ id: 200 + id, label, doc: { label } })),
        ...tricky.map((_, id) => ({ id: 300 + id, label: 'ö', doc: null })),
      ]);
    });

    it('fails as a whole on a key already taken, and the transaction writes nothing', async () => {
      await driver.query(
        `INSERT INTO ${s}.rows (id, label) VALUES (500, 'taken') ON CONFLICT (id) DO NOTHING`,
      );
      const before = await driver.query(`SELECT count(*)::int AS n FROM ${s}.rows`);
      await expect(
        driver.transaction(async (tx) => {
          await tx.query(`INSERT INTO ${s}.rows (id) VALUES (1000)`);
          await tx.copyFrom!(
            `${s}.rows (id, label)`,
            copyTextRow([1001, 'new']) + copyTextRow([500, 'again']),
          );
        }),
      ).rejects.toThrow(/duplicate key/);
      expect(await driver.query(`SELECT count(*)::int AS n FROM ${s}.rows`)).toEqual(before);
      // The connection is usable afterwards.
      expect(await driver.query(`SELECT count(*)::int AS n FROM ${s}.rows WHERE id >= 1000`)).toEqual([
        { n: 0 },
      ]);
    });
  });

suite('PostgreSQL', url === undefined ? undefined : () => createPgDriver({ connectionString: url, max: 2 }));
suite('PGlite', () => createPgliteDriver({ dataDir: 'memory://' }));
