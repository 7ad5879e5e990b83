import { createPgDriver } from '@relocation/postgres';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, describe } from 'vitest';
import { createSqlAccessLog } from './createSqlAccessLog.ts';
import { accessLogContract, sqlAccessLogChecks } from './testing/index.ts';

const url = databaseUrlOrWarn('the access log tests on PostgreSQL');

describe.skipIf(!url)('SqlAccessLog on PostgreSQL', () => {
  const driver = createPgDriver({ connectionString: url ?? '', max: 8 });
  afterAll(() => driver.close());
  accessLogContract('SqlAccessLog on PostgreSQL', () =>
    createSqlAccessLog({ driver, schema: uniqueSchemaName('al') }),
  );
  sqlAccessLogChecks('SqlAccessLog on PostgreSQL', () => driver);
});
