import { createPgliteDriver } from '@relocation/event-store-postgres';
import { textInputSuite } from './textInput.suite.ts';

textInputSuite('PGlite', () => createPgliteDriver({ dataDir: 'memory://' }));
