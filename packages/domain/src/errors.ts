/**
 * Domain errors: a small, stable set of codes the API maps to HTTP in one place, each with a message a caseworker
 * understands. `decide` never throws for a business rejection; it returns `{ ok: false, error }`.
 */
export const domainErrorCodes = [
  'INVALID_COMMAND',
  'CASE_NOT_FOUND',
  'CASE_ALREADY_EXISTS',
  'NOT_A_PARTICIPANT',
  'FORBIDDEN_FOR_ROLE',
  'NOT_ALLOWED_IN_STATE',
  'CONSENT_MISSING',
  'UNKNOWN_MUNICIPALITY',
  'SENDING_MUNICIPALITY',
  'MUNICIPALITY_EXCLUDED',
  'ALREADY_DECLINED',
  'ALREADY_REFUSED',
  'PROVIDER_NOT_PERMITTED',
  'CLEARANCE_MISSING',
  'FOLLOW_UP_ALREADY_RECORDED',
  'DEADLINE_NOT_FOUND',
  'DEADLINE_NOT_DUE',
  'DEADLINE_ALREADY_MISSED',
  'DEADLINE_NOT_MISSED',
  'ESCALATION_NOT_DUE',
  'ALREADY_ESCALATED',
  'INVALID_DEADLINE',
  'HANDLER_ALREADY_ASSIGNED',
  'HANDLER_NOT_ASSIGNED',
  'CASE_ERASED',
  'TRANSFER_ALREADY_OPEN',
  'TRANSFER_NOT_AT_THIS_STEP',
  'NOT_A_TRANSFER_PARTY',
  'ALREADY_RESPONSIBLE',
  'INVALID_DATE',
  'APPEAL_TOO_LATE',
  'DECISION_NOT_FINAL',
  'NOT_ACUTE',
  'UNIT_NOT_PERMITTED',
  'UNIT_NOT_IN_MUNICIPALITY',
  'NOT_A_DIRECT_PLACEMENT',
  'ALREADY_ACKNOWLEDGED',
  'NOT_DESTINATION_POLICE',
  'NOT_AN_ASSIGNED_HANDLER',
  'OUTCOME_ALREADY_RECORDED',
  'NOT_ARRIVED',
  'MEMBER_ALREADY_ADDED',
  'MEMBER_NOT_FOUND',
  'MEMBER_AGE_MISMATCH',
  'MEMBER_NOT_A_CHILD',
  'CHILD_IMPACT_ASSESSMENT_MISSING',
  'GUARDIAN_CONSENT_MISSING',
  'COURT_APPLICATION_NOT_NEEDED',
  'COURT_APPLICATION_MISSING',
  'SCHOOL_PLACEMENT_NOT_REQUIRED',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export interface DomainError {
  readonly code: DomainErrorCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export function domainError(
  code: DomainErrorCode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): DomainError {
  return details === undefined ? { code, message } : { code, message, details };
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };
