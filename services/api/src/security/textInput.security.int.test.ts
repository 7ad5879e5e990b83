import { createPgDriver } from '@relocation/postgres';
import { databaseUrlOrWarn } from '@relocation/postgres/testing';
import { describe } from 'vitest';
import { textInputSuite } from './textInput.suite.ts';

const url = databaseUrlOrWarn('the text input attacks on PostgreSQL (issue 10)');

describe.skipIf(!url)('text input on PostgreSQL', () => {
  textInputSuite('PostgreSQL', () => createPgDriver({ connectionString: url ?? '' }));
});
