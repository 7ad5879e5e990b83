import type { DomainErrorCode } from '@relocation/domain';

/**
 * The HTTP status of every domain rejection, in one place. 404 hides whether a case exists from organisations
 * outside it; 403 is only for participants; 409 means the case's state does not allow it now (reload and see);
 * 422 means the request breaks a rule whatever the state.
 */
export const domainErrorStatus: Readonly<Record<DomainErrorCode, 400 | 403 | 404 | 409 | 422>> = {
  INVALID_COMMAND: 400,
  CASE_NOT_FOUND: 404,
  NOT_A_PARTICIPANT: 404,
  FORBIDDEN_FOR_ROLE: 403,
  CASE_ALREADY_EXISTS: 409,
  NOT_ALLOWED_IN_STATE: 409,
  ALREADY_DECLINED: 409,
  ALREADY_REFUSED: 409,
  CLEARANCE_MISSING: 409,
  FOLLOW_UP_ALREADY_RECORDED: 409,
  DEADLINE_NOT_DUE: 409,
  DEADLINE_ALREADY_MISSED: 409,
  DEADLINE_NOT_MISSED: 409,
  ESCALATION_NOT_DUE: 409,
  ALREADY_ESCALATED: 409,
  HANDLER_ALREADY_ASSIGNED: 409,
  HANDLER_NOT_ASSIGNED: 409,
  CASE_ERASED: 409,
  CONSENT_MISSING: 422,
  UNKNOWN_MUNICIPALITY: 422,
  SENDING_MUNICIPALITY: 422,
  MUNICIPALITY_EXCLUDED: 422,
  PROVIDER_NOT_PERMITTED: 422,
  DEADLINE_NOT_FOUND: 422,
  INVALID_DEADLINE: 422,
};
