import { createPgliteDriver, newPglite } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll } from 'vitest';
import { createSqlAccessLog } from './createSqlAccessLog.ts';
import { migrateAccessLog } from './migrateAccessLog.ts';
import { accessLogContract, sqlAccessLogChecks } from './testing/index.ts';

const driver = createPgliteDriver({ db: newPglite('memory://') });
// Starting PGlite (WebAssembly) takes seconds on a busy machine: do it once, before the timed tests.
beforeAll(() => migrateAccessLog(driver, uniqueSchemaName('al')));
afterAll(() => driver.close());

accessLogContract('SqlAccessLog on PGlite', () =>
  createSqlAccessLog({ driver, schema: uniqueSchemaName('al') }),
);
sqlAccessLogChecks('SqlAccessLog on PGlite', () => driver);
