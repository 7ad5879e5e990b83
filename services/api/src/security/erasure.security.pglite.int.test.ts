import { createPgliteDriver } from '@relocation/postgres';
import { erasureSuite } from './erasureSuite.ts';

erasureSuite('PGlite', () => createPgliteDriver({ dataDir: 'memory://' }));
