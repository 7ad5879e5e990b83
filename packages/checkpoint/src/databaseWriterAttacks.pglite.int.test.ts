import { createPgliteDriver, newPglite } from '@relocation/postgres';
import { afterAll } from 'vitest';
import { describeDatabaseWriterAttacks } from './databaseWriterAttacks.suite.ts';

const db = createPgliteDriver({ db: newPglite('memory://') });
afterAll(() => db.close());

describeDatabaseWriterAttacks('PGlite', () => db);
