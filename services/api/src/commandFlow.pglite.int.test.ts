import { createPgliteDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createSqlTestApi, runCommandFlow } from './testing/commandFlow.ts';
import type { SqlTestApi } from './testing/commandFlow.ts';

describe('a whole case through the API on the PGlite event store', () => {
  let app: SqlTestApi;
  // Starting PGlite (WebAssembly) takes seconds on a busy machine.
  beforeAll(async () => {
    app = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }));
  });
  afterAll(() => app.close());

  it(
    'runs every step, seals personal data, serves the read side and verifies',
    () => runCommandFlow(app),
    60_000,
  );
});
