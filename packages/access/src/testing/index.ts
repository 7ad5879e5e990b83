export { createTestSigningKey, signTestToken, unsecuredToken, withTamperedPayload } from './tokens.ts';
export type { TestSigningKey } from './tokens.ts';
