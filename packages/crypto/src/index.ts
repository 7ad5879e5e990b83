export { createCaseCrypto } from './caseCrypto.ts';
export type { CaseCrypto, CaseCryptoOptions, CaseOpener, CaseSealer, RotationReport } from './caseCrypto.ts';
export type { DataKeyStore, ErasureRecord, WrappedDataKey, WrappedDataKeyEntry } from './dataKeyStore.ts';
export {
  CryptoError,
  DataKeyDestroyedError,
  DataKeyExistsError,
  DataKeyNotFoundError,
  DataKeyUnwrapError,
  EnvelopeTamperedError,
  UnknownKekError,
} from './errors.ts';
export type { CryptoErrorCode, EnvelopeTamperReason } from './errors.ts';
export { KEK_BYTES, kekConfigSchema, kekEnvSchema, kekIdSchema, parseKekEnv } from './kekConfig.ts';
export type { KekConfig } from './kekConfig.ts';
export { createKeyRing } from './keyRing.ts';
export type { KeyRing, WrapRequest } from './keyRing.ts';
export { createMemoryDataKeyStore } from './memoryDataKeyStore.ts';
export type { MemoryDataKeyStore } from './memoryDataKeyStore.ts';
export { isSealedEnvelope, sealedEnvelopeSchema } from './sealedEnvelope.ts';
export type { SealedEnvelope } from './sealedEnvelope.ts';
