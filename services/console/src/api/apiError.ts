/** An answer from the API that was not 2xx: the body is always `{ code, message, details }`. */
export interface ValidationIssue {
  readonly path: readonly (string | number)[] | string;
  readonly message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** A 409 or 412 on a command: someone else changed the case in between. */
  get isConcurrentChange(): boolean {
    return this.status === 412 || (this.status === 409 && this.code === 'CONCURRENT_UPDATE');
  }

  /** Validation issues keyed by the field path below `body.` (e.g. `person.name`). */
  fieldErrors(): Record<string, string> {
    const issues = (this.details as { issues?: readonly ValidationIssue[] } | null)?.issues ?? [];
    const byField: Record<string, string> = {};
    for (const issue of issues) {
      const path = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path);
      const field = path.replace(/^body\.?/, '');
      byField[field] ??= issue.message;
    }
    return byField;
  }
}
