import { InMemoryAccessLog } from './InMemoryAccessLog.ts';
import { accessLogContract } from './testing/index.ts';

accessLogContract('InMemoryAccessLog', async () => new InMemoryAccessLog());
