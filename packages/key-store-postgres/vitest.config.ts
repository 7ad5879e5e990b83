// The shared limits for a hung test (../../vitest.shared.ts); nothing of this package's own.
export { default } from '../../vitest.shared.ts';
