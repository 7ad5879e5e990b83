import { PGlite } from '@electric-sql/pglite';
import { createPgliteDriver } from '@relocation/postgres';
import { afterAll } from 'vitest';
import { describeDatabaseWriterAttacks } from './databaseWriterAttacks.suite.ts';

const db = createPgliteDriver({ db: new PGlite('memory://') });
afterAll(() => db.close());

describeDatabaseWriterAttacks('PGlite', () => db);
