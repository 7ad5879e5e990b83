import { createPgliteDriver } from '@relocation/event-store-postgres';
import { erasureSuite } from './erasureSuite.ts';

erasureSuite('PGlite', () => createPgliteDriver({ dataDir: 'memory://' }));
