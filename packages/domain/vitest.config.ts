import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The shared limits for a hung test (../../vitest.shared.ts), with more room per test: the model-based and property
// tests are pure computation, and on two busy cores the model test has taken four of the shared five minutes.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 900_000 } }));
