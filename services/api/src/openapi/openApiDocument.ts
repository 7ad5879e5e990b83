import { randomUUID } from 'node:crypto';
import { createProviderRegister } from '@relocation/application';
import { createInMemoryEventStore } from '@relocation/event-store';
import { createPgliteDriver } from '@relocation/postgres';
import { createDashboardQueries, createStatisticsQueries, createReadModels } from '@relocation/read-models';
import { createCaseChangeFeed } from '../events/caseChangeFeed.ts';
import { createApiMetrics } from '../metrics/apiMetrics.ts';
import { createTestApi } from '../testing/testApi.ts';

/**
 * The OpenAPI document of the API with every optional part registered (read side, dashboard, statistics, audit,
 * metrics, live updates, the provider register, the console's routes in AUTH_MODE=dev), built on throwaway in-memory adapters: nothing is read
 * or written, the app is only asked for its document.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const store = createInMemoryEventStore();
  const driver = createPgliteDriver({ dataDir: 'memory://' });
  const readModels = createReadModels({ driver, schema: 'read_models', store, clock: () => new Date(0) });
  const api = await createTestApi({
    store,
    readModels,
    // The document is built without a single request: no case is ever opened.
    openerFor: async () => () => {
      throw new Error('the OpenAPI document builder opens no case');
    },
    dashboard: createDashboardQueries({ db: driver, store }),
    statistics: createStatisticsQueries({ db: driver, pseudonymKey: new Uint8Array(32) }),
    metrics: createApiMetrics({ clock: () => new Date(0) }),
    caseChanges: { feed: createCaseChangeFeed({ store }) },
    console: { mode: 'dev' },
    providerRegister: createProviderRegister({ store, clock: () => new Date(0), newId: randomUUID }),
  });
  try {
    await api.app.ready();
    return api.app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await api.close();
    await readModels.close();
    await driver.close();
  }
}
