import type { WrappedDataKey } from '@relocation/crypto';
import type { SqlDriver } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { expect, it } from 'vitest';
import { createSqlDataKeyStore } from '../createSqlDataKeyStore.ts';

const wrapped = (keyId: string): WrappedDataKey => ({
  keyId,
  kekId: 'k1',
  iv: `iv-${keyId}`,
  ct: `ct-${keyId}`,
  tag: 't',
});

/** The keys of many cases asked for at once, on `driver` (PostgreSQL or PGlite). */
export function gatheredReadChecks(openDriver: () => SqlDriver): void {
  it('reads the keys asked for meanwhile together, each caller getting its own case', async () => {
    const driver = openDriver();
    const schema = uniqueSchemaName('keys_gathered');
    await createSqlDataKeyStore({ driver, schema });
    let reads = 0;
    const counting: SqlDriver = {
      ...driver,
      query: (text, params, options) => {
        if (text.includes('JOIN')) reads += 1;
        return driver.query(text, params, options);
      },
    };
    const store = await createSqlDataKeyStore({ driver: counting, schema, migrate: false });
    const cases = Array.from({ length: 12 }, (_, i) => `case-${i}`);
    for (const caseId of cases.slice(0, 10)) await store.put(caseId, wrapped(caseId));
    reads = 0;

    const answers = await Promise.all([...cases, 'case-3', 'case-3'].map((caseId) => store.get(caseId)));

    expect(answers).toEqual([
      ...cases.map((caseId, i) => (i < 10 ? wrapped(caseId) : undefined)),
      wrapped('case-3'),
      wrapped('case-3'),
    ]);
    // The first call is read at once; every call made while it was on its way is read by one more query.
    expect(reads).toBe(2);
  });

  it('never answers a key from a read that began before the call: a key destroyed meanwhile is gone', async () => {
    const driver = openDriver();
    const store = await createSqlDataKeyStore({ driver, schema: uniqueSchemaName('keys_gathered') });
    await store.put('case-a', wrapped('a'));
    await store.put('case-b', wrapped('b'));
    const before = store.get('case-b');
    await store.destroy('case-a', new Date('2031-01-01T00:00:00.000Z'));
    const [a, b] = await Promise.all([store.get('case-a'), before]);
    expect(a).toBeUndefined();
    expect(b).toEqual(wrapped('b'));
  });
}
