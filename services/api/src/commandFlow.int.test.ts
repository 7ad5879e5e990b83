import { createPgDriver } from '@relocation/postgres';
import { databaseUrlOrWarn } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createSqlTestApi, runCommandFlow } from './testing/commandFlow.ts';
import type { SqlTestApi } from './testing/commandFlow.ts';

const url = databaseUrlOrWarn('the API command flow on PostgreSQL');

describe.skipIf(!url)('a whole case through the API on the PostgreSQL event store', () => {
  let app: SqlTestApi;
  beforeAll(async () => {
    app = await createSqlTestApi(createPgDriver({ connectionString: url ?? '' }));
  });
  afterAll(() => app.close());

  it(
    'runs every step, seals personal data, serves the read side and verifies',
    () => runCommandFlow(app),
    60_000,
  );
});
