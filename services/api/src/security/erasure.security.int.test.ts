import { createPgDriver } from '@relocation/postgres';
import { databaseUrlOrWarn } from '@relocation/postgres/testing';
import { describe } from 'vitest';
import { erasureSuite } from './erasureSuite.ts';

const url = databaseUrlOrWarn('the erasure test on PostgreSQL (whole-database dump after erasure)');

describe.skipIf(!url)('erasure on PostgreSQL', () => {
  erasureSuite('PostgreSQL', () => createPgDriver({ connectionString: url ?? '' }));
});
