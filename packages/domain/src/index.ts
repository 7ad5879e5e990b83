// @relocation/domain: the pure relocation workflow. No I/O, no clock: time, ids and the sealer come as inputs.
// This entry exports what other packages, services and tests use, by name; the rest stays inside the package.
// Test helpers are on `@relocation/domain/testing`, the calendar alone on `@relocation/domain/calendar`.

// Reference data: the municipalities and counties, and the police regions (defined once, here).
export {
  counties,
  findMunicipality,
  isCountyCode,
  isMunicipalityCode,
  municipalities,
} from './reference/municipalityRegistry.ts';
export {
  isPoliceRegion,
  type PoliceRegion,
  policeRegionOfMunicipality,
  policeRegions,
  policeRegionSchema,
} from './reference/policeRegions.ts';

// The Swedish calendar: business days and Stockholm wall-clock time (also `@relocation/domain/calendar`).
export { businessDaysBetween } from './calendar/businessDays.ts';
export { parseInstant, stockholmTimeZone, swedishDateOf, wallClockAt } from './calendar/zonedTime.ts';

// Domain errors: stable codes that the API maps to HTTP.
export { type DomainError, domainError, type DomainErrorCode, domainErrorCodes } from './errors.ts';

// Value types and schemas: actors and organisation ids, case facts, sealed personal data, text.
export {
  type Actor,
  auditOrganisationId,
  coordinatorOrganisationId,
  municipalityCodeOf,
  municipalityOrganisationId,
  organisationIdSchema,
  policeOrganisationId,
} from './schemas/actor.ts';
export {
  type CaseOutcome,
  declineReasonCategories,
  type DeclineReasonCategory,
  type Household,
  type HousingType,
  housingTypes,
  type Need,
  openedIdentity,
  type OutcomeMonth,
  protectionLevels,
  type RelocationOutcome,
  relocationOutcomes,
  type ThreatLevel,
  threatLevels,
  urgencies,
  type Urgency,
} from './schemas/caseFacts.ts';
export { isoDateSchema } from './schemas/primitives.ts';
export { type LedgerEntry, type TransferStage, transferStages } from './schemas/responsibility.ts';
export {
  isUnsealedV1Text,
  type Seal,
  type SealableJson,
  type SealedEnvelope,
  sealedEnvelopeSchema,
  type UnsealedV1Text,
} from './schemas/sealed.ts';
export { longText, shortText } from './schemas/text.ts';

// Commands: the HTTP bodies and the command envelope.
export { type Command, commandSchema } from './commands/command.ts';
export {
  type CommandPayload,
  commandPayloadSchemas,
  type CommandType,
  commandTypes,
} from './commands/payloads.ts';

// Events, and the one codec of case streams (stream names, ids, stored events).
export { type DeadlineKind, deadlineKindSchema } from './events/deadlineKinds.ts';
export type { DomainEvent } from './events/event.ts';
export { type EventData, eventDataSchemas, type EventType, eventTypes } from './events/eventData.ts';
export {
  decodeRelocationEvent,
  encodeRelocationEvent,
  relocationIdOfStream,
  relocationStreamName,
  relocationStreamPrefix,
  requestOf,
  UnreadableEventError,
} from './events/relocationStream.ts';

// The state of a case.
export { householdCounts } from './state/householdMember.ts';
export { initialState, type OpenDeadline, type RelocationState, type TransferMatter } from './state/state.ts';
export { isTerminal, type Status, statuses } from './state/status.ts';

// The workflow machine, as far as others read it.
export { proposableMunicipalities } from './workflow/proposableMunicipalities.ts';
export type { WorkflowEvent } from './workflow/workflowEvent.ts';

// Deadlines: the policy, due times, who watches stalled cases.
export { endOfSwedishDay } from './deadlines/dueTimes.ts';
export {
  type DeadlinePolicy,
  type DeadlinePolicyOverride,
  deadlinePolicyOverrideSchema,
  resolveDeadlinePolicy,
} from './deadlines/policy.ts';
export { stalledCaseWatcher } from './deadlines/stalledCaseWatcher.ts';

// Who takes part in a case, what they see and may do: participation, the need-to-know matrix, the handler rule.
export { authorize } from './access/authorize.ts';
export { actorFor, availableCommands } from './access/availableCommands.ts';
export {
  caseAccessOf,
  identityWithheld,
  memberIdentityWithheld,
  organisationSeesCase,
} from './access/caseAccess.ts';
export { commandPermissions } from './access/commandPermissions.ts';
export { type CaseUser, handlerRuleAllows, isAssignedHandler } from './access/handlerAccess.ts';
export {
  isResponsibleMunicipality,
  type Participation,
  participationOf,
  participations,
  policeRegionsOfCase,
} from './access/participation.ts';
export { type DataClass, dataClasses, visibilityMatrix } from './access/visibilityMatrix.ts';

// Deciding a command and folding its events.
export { decide } from './decide/decide.ts';
export { commandsCheckingProviders, type DecideContext, type Provider } from './decide/decideContext.ts';
export { evolve } from './evolve.ts';

// The provider register (IVO permits of the care providers).
export {
  administratorChangeNeedsRecording,
  evolveRegisterEntry,
  fileUnitNeedsRecording,
  PROVIDER_REGISTER_STREAM,
  PROVIDER_UNIT_RECORDED,
  type ProviderUnitRecorded,
  providerUnitRecordedSchema,
  type RegisterEntry,
} from './providers/providerRegister.ts';
export {
  filterUnits,
  permitPeriodsProblem,
  type ProviderFilter,
  providerOfUnit,
  type ProviderUnit,
  providerUnitFieldsSchema,
  providerUnitIdSchema,
  providerUnitSchema,
  serviceTypes,
  unitMayOperateOn,
} from './providers/providerUnit.ts';

// A renewed case after a compromised location.
export { renewedCaseEvents, type Reseal } from './renewal/renewedCaseEvents.ts';
