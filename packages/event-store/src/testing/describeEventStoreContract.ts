import { afterAll, beforeAll, describe } from 'vitest';
import { appendAndReadContract } from './contract/appendAndRead.ts';
import { concurrencyContract } from './contract/concurrency.ts';
import { expectedRevisionContract } from './contract/expectedRevision.ts';
import { globalFeedContract } from './contract/globalFeed.ts';
import { idempotencyContract } from './contract/idempotency.ts';
import { largeDataContract } from './contract/largeData.ts';
import { readStreamContract } from './contract/readStream.ts';
import { subscriptionsContract } from './contract/subscriptions.ts';
import { verificationContract } from './contract/verification.ts';
import type { ContractContext, ContractStore, EventStoreHarness } from './harness.ts';

/**
 * The behaviour every event store adapter must show. Call it at the top level of a test file with a harness that
 * creates the adapter; the suite creates one store, gives every test its own stream prefix and tears down at the end.
 */
export function describeEventStoreContract(name: string, harness: EventStoreHarness): void {
  const capabilities = {
    detectsTruncation: harness.capabilities?.detectsTruncation ?? true,
    slowTestTimeoutMs: harness.capabilities?.slowTestTimeoutMs ?? 120_000,
    testTimeoutMs: harness.capabilities?.testTimeoutMs ?? 20_000,
    pollIntervalMs: harness.capabilities?.pollIntervalMs ?? 20,
  };
  describe(`event store contract: ${name}`, { timeout: capabilities.testTimeoutMs }, () => {
    let created: ContractStore | undefined;
    beforeAll(async () => {
      created = await harness.create();
    }, capabilities.slowTestTimeoutMs);
    afterAll(async () => {
      await created?.teardown();
    }, capabilities.slowTestTimeoutMs);

    const context: ContractContext = {
      capabilities,
      current() {
        if (created === undefined) throw new Error('The harness did not create a store');
        return created;
      },
    };
    appendAndReadContract(context);
    expectedRevisionContract(context);
    readStreamContract(context);
    concurrencyContract(context);
    idempotencyContract(context);
    globalFeedContract(context);
    subscriptionsContract(context);
    largeDataContract(context);
    verificationContract(context);
  });
}
