import { createPgliteDriver } from '@relocation/postgres';
import { textInputSuite } from './textInput.suite.ts';

textInputSuite('PGlite', () => createPgliteDriver({ dataDir: 'memory://' }));
