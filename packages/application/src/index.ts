export { createCommandHandler } from './createCommandHandler.ts';
export type {
  CaseSealer,
  CommandHandler,
  CommandHandlerDependencies,
  CommandResult,
  HandleOptions,
} from './createCommandHandler.ts';
export {
  CommandRejectedError,
  ConcurrentUpdateError,
  IdempotencyKeyReusedError,
  PreconditionFailedError,
} from './errors.ts';
export { namespacedIdempotencyKey } from './idempotencyKey.ts';
export { loadRelocation } from './loadRelocation.ts';
export type { LoadedRelocation } from './loadRelocation.ts';
export { createCaseStates } from './caseStates.ts';
export type { CaseStates } from './caseStates.ts';
export { createProviderRegister, ProviderEventUnreadableError } from './providerRegister.ts';
export type {
  ProviderHistoryEntry,
  ProviderRegister,
  ProviderRegisterDependencies,
  RecordUnitOptions,
  RecordUnitResult,
} from './providerRegister.ts';
export { writeRenewedCase } from './renewedCase.ts';
export type { CaseOpenerFn, RenewedCaseDependencies } from './renewedCase.ts';
