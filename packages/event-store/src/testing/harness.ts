import type { EventStore } from '../port.ts';
import type { TamperHooks } from '../tamperHooks.ts';

export interface ContractCapabilities {
  /**
   * Whether the adapter records each stream's head apart from its events, so that `verify` can tell that the
   * newest events were deleted. Default true.
   */
  readonly detectsTruncation?: boolean;
  /** Time allowed for the large tests (10,000 events, 1 MB payload). Default 120 s. */
  readonly slowTestTimeoutMs?: number;
  /** Time allowed for each other test. Default 20 s. */
  readonly testTimeoutMs?: number;
  /** pollIntervalMs the subscription tests pass. Default 20. */
  readonly pollIntervalMs?: number;
}

export interface ContractStore {
  readonly store: EventStore;
  /** Storage-level edits for the tamper-detection tests; each test runs only if its hook is given. */
  readonly tamper?: TamperHooks;
  teardown(): Promise<void>;
}

export interface EventStoreHarness {
  /** Called once per contract run; tests share the store and keep apart by stream prefix. */
  create(): Promise<ContractStore>;
  readonly capabilities?: ContractCapabilities;
}

/** Gives each test the store created for the suite. */
export interface ContractContext {
  current(): ContractStore;
  readonly capabilities: Required<ContractCapabilities>;
}
