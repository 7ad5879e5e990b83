import { uniqueSchemaName } from '@relocation/postgres/testing';
import type { SqlDriver } from '@relocation/postgres';
import { describe, expect, it } from 'vitest';
import { createSqlAccessLog } from '../createSqlAccessLog.ts';
import { migrateAccessLog } from '../migrateAccessLog.ts';
import { entry } from './accessLogContract.ts';

/** Tampering needs the triggers out of the way: a superuser can do that, and verify must still notice. */
async function asTamperer(driver: SqlDriver, statement: string, params: readonly unknown[] = []) {
  await driver.transaction(async (tx) => {
    await tx.query('SET LOCAL session_replication_role = replica');
    await tx.query(statement, params);
  });
}

/** Checks only a SQL log can fail: migrations, the append-only triggers, and tampering found by verify. */
export function sqlAccessLogChecks(name: string, driver: () => SqlDriver): void {
  describe(`${name}: storage`, () => {
    it('applies each migration once, also when run again', async () => {
      const schema = uniqueSchemaName('al');
      expect(await migrateAccessLog(driver(), schema)).toEqual([1, 2]);
      expect(await migrateAccessLog(driver(), schema)).toEqual([]);
    });

    it('keeps statistics exports beside case reads, and the table refuses any other view', async () => {
      const schema = uniqueSchemaName('al');
      const log = await createSqlAccessLog({ driver: driver(), schema });
      await log.record([
        entry({ requestId: 'a' }),
        entry({ requestId: 'b', relocationId: 'statistics/all.parquet', view: 'statisticsExport' }),
      ]);
      expect((await log.query()).map((e) => [e.view, e.relocationId])).toEqual([
        ['detail', entry().relocationId],
        ['statisticsExport', 'statistics/all.parquet'],
      ]);
      expect((await log.verify()).ok).toBe(true);
      await expect(
        driver().query(
          `INSERT INTO "${schema}".access_log (seq, at, user_id, organisation_id, role, relocation_id, view,
             request_id, hash) VALUES (99, now(), 'u', 'o', 'r', 'x', 'download', 'q', 'h')`,
        ),
      ).rejects.toThrow(/access_log_view_check/);
    });

    it('refuses a schema name that is not a plain identifier', async () => {
      await expect(createSqlAccessLog({ driver: driver(), schema: 'x"; drop table y; --' })).rejects.toThrow(
        /Schema name/,
      );
    });

    it('rejects UPDATE, DELETE and TRUNCATE of entries, whoever asks', async () => {
      const schema = uniqueSchemaName('al');
      const log = await createSqlAccessLog({ driver: driver(), schema });
      await log.record([entry({ requestId: 'a' }), entry({ requestId: 'b' })]);
      const table = `"${schema}".access_log`;
      await expect(driver().query(`UPDATE ${table} SET user_id = 'x'`)).rejects.toThrow(/append-only/);
      await expect(driver().query(`DELETE FROM ${table} WHERE seq = 2`)).rejects.toThrow(/append-only/);
      await expect(driver().query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
      await expect(driver().query(`DELETE FROM "${schema}".access_log_head`)).rejects.toThrow(/append-only/);
      expect((await log.query()).map((e) => e.requestId)).toEqual(['a', 'b']);
      expect((await log.verify()).ok).toBe(true);
    });

    it('finds a changed entry, a removed one, a relinked one and a truncated end', async () => {
      const make = async () => {
        const schema = uniqueSchemaName('al');
        const log = await createSqlAccessLog({ driver: driver(), schema });
        await log.record(['a', 'b', 'c', 'd'].map((requestId) => entry({ requestId })));
        return { log, table: `"${schema}".access_log` };
      };
      const changed = await make();
      await asTamperer(driver(), `UPDATE ${changed.table} SET relocation_id = 'other' WHERE seq = 2`);
      expect((await changed.log.verify()).problems).toEqual([
        expect.objectContaining({ kind: 'changed', seq: 2 }),
      ]);

      const removed = await make();
      await asTamperer(driver(), `DELETE FROM ${removed.table} WHERE seq = 2`);
      const removedKinds = (await removed.log.verify()).problems.map((p) => p.kind);
      expect(removedKinds).toEqual(expect.arrayContaining(['gap', 'relinked']));

      const relinked = await make();
      await asTamperer(driver(), `UPDATE ${relinked.table} SET previous_hash = NULL WHERE seq = 3`);
      expect((await relinked.log.verify()).ok).toBe(false);

      const truncated = await make();
      await asTamperer(driver(), `DELETE FROM ${truncated.table} WHERE seq = 4`);
      expect((await truncated.log.verify()).problems).toEqual([
        expect.objectContaining({ kind: 'truncated', seq: 4 }),
      ]);
    });

    it('gathers appends recorded meanwhile into one transaction, each caller answered after its commit', async () => {
      const real = driver();
      let transactions = 0;
      const counting: SqlDriver = {
        kind: real.kind,
        query: (text, params) => real.query(text, params),
        transaction: (fn) => {
          transactions += 1;
          return real.transaction(fn);
        },
        close: () => Promise.resolve(),
      };
      const schema = uniqueSchemaName('al');
      await migrateAccessLog(real, schema);
      const log = await createSqlAccessLog({ driver: counting, schema, migrate: false });
      const answered: number[] = [];
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          log.record(entry({ requestId: `r${i}` })).then(async () => {
            // Committed when answered: the caller's entry is there to be read.
            const mine = await log.query({ limit: 1000 });
            if (mine.some((found) => found.requestId === `r${i}`)) answered.push(i);
          }),
        ),
      );
      expect(answered).toHaveLength(20);
      // The first goes alone; the nineteen recorded while it was on its way go together.
      expect(transactions).toBe(2);
      expect(await log.verify()).toEqual({ ok: true, entriesChecked: 20, problems: [] });
    });

    it('appends a failed gathering caller by caller, so that only the caller at fault fails', async () => {
      const real = driver();
      const failing: SqlDriver = {
        kind: real.kind,
        query: (text, params) => real.query(text, params),
        transaction: (fn) =>
          real.transaction((tx) =>
            fn({
              query: (text, params) => {
                // The database refuses any insert that holds request "bad" (as a constraint would).
                if (text.includes('INSERT') && JSON.stringify(params).includes('"bad"'))
                  return Promise.reject(new Error('refused by the database'));
                return tx.query(text, params);
              },
            }),
          ),
        close: () => Promise.resolve(),
      };
      const schema = uniqueSchemaName('al');
      await migrateAccessLog(real, schema);
      const log = await createSqlAccessLog({ driver: failing, schema, migrate: false });
      const first = log.record(entry({ requestId: 'first' }));
      const gathered = ['a', 'bad', 'b'].map((requestId) =>
        log.record(entry({ requestId })).then(
          () => 'written',
          (error: Error) => error.message,
        ),
      );
      await first;
      expect(await Promise.all(gathered)).toEqual(['written', 'refused by the database', 'written']);
      expect((await log.query({ limit: 10 })).map((found) => found.requestId)).toEqual(['first', 'a', 'b']);
      expect(await log.verify()).toEqual({ ok: true, entriesChecked: 3, problems: [] });
    });

    it('serialises concurrent appends into one unbroken chain', async () => {
      const log = await createSqlAccessLog({ driver: driver(), schema: uniqueSchemaName('al') });
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          log.record([entry({ requestId: `r${i}-1` }), entry({ requestId: `r${i}-2` })]),
        ),
      );
      const report = await log.verify();
      expect(report).toEqual({ ok: true, entriesChecked: 40, problems: [] });
      // The two entries of one request stay next to each other.
      const entries = await log.query({ limit: 1000 });
      for (let i = 0; i < entries.length; i += 2) {
        expect(entries[i]?.requestId.replace(/-1$/, '')).toBe(entries[i + 1]?.requestId.replace(/-2$/, ''));
      }
    });
  });
}
