// The shapes the console reads, as the API documents them (services/api, packages/read-models). When the generated
// client (@relocation/api-client) is in the workspace these become aliases of its types.

export interface Deadline {
  readonly deadlineId: string;
  readonly kind: string;
  readonly awaited: { readonly party: string; readonly organisationId: string };
  readonly dueAt: string;
  readonly escalateAt: string;
  readonly missed: boolean;
  readonly escalationLevel: number;
  readonly overdue: boolean;
}

export interface Workflow {
  readonly status: string;
  readonly urgency: string | null;
  readonly sendingMunicipality: string | null;
  readonly responsibleMunicipality: string | null;
  readonly consents: readonly string[];
  readonly suspendedFrom: string | null;
  readonly arrivedOn: string | null;
  readonly followUpsRecorded: readonly number[];
  readonly deadlines: readonly Deadline[];
  readonly stalled: boolean;
  readonly stalledSince: string | null;
  readonly initiatedAt: string | null;
  readonly updatedAt: string;
  readonly revision: number;
  readonly lastPosition: string;
}

export interface Zone {
  readonly kind: string;
  readonly code: string;
}

export interface AvailableAction {
  readonly command: string;
  readonly method: string;
  readonly path: string;
  readonly inputSchema: JsonSchema;
}

export interface CaseView {
  readonly relocationId: string;
  readonly participation: string;
  readonly pseudonym?: string;
  readonly workflow?: Workflow;
  readonly identity?: unknown;
  readonly householdAndNeeds?: {
    readonly household: { readonly adults: number; readonly childrenAges: readonly number[] } | null;
    readonly needs: readonly string[];
  };
  readonly threat?: {
    readonly level: string | null;
    readonly validUntil?: string | null;
    readonly exclusionZones?: readonly Zone[];
    readonly details?: unknown;
  };
  readonly receivingMunicipality?: {
    readonly proposed: string | null;
    readonly accepted: string | null;
    readonly declined: readonly string[];
    readonly refused: readonly string[];
  };
  readonly receptionPlan?: {
    readonly municipalityCode: string | null;
    readonly housingType: string | null;
    readonly providerId: string | null;
    readonly plannedMoveDate: string | null;
    readonly plan?: unknown;
  };
  readonly responsibility?: readonly Record<string, unknown>[];
  readonly relatedCases?: readonly (string | { readonly relocationId: string; readonly relation?: string })[];
  readonly handlers?: readonly unknown[];
  readonly availableActions?: readonly AvailableAction[];
  readonly erased?: true;
}

export interface CaseList {
  readonly cases: readonly CaseView[];
  readonly nextCursor: string | null;
}

export interface HistoryEntry {
  readonly revision: number;
  readonly globalPosition: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly actor: { readonly organisationId: string; readonly role: string; readonly userId?: string };
  readonly changes: Record<string, unknown>;
  readonly sealed: Record<string, unknown>;
  readonly withheld: readonly string[];
  readonly erased?: true;
}

export interface History {
  readonly relocationId: string;
  readonly entries: readonly HistoryEntry[];
}

export interface CommandAnswer {
  readonly relocationId: string;
  readonly revision: number;
  readonly position: string;
  readonly state: { readonly status?: string };
}

export interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly countyCode: string;
}

export interface County {
  readonly code: string;
  readonly name: string;
}

export interface Reference {
  readonly municipalities: readonly Municipality[];
  readonly counties: readonly County[];
}

export interface ConsoleConfig {
  readonly auth:
    | { readonly mode: 'dev' }
    | {
        readonly mode: 'jwks';
        readonly issuer: string;
        readonly clientId: string;
        readonly scopes: readonly string[];
        /** The resource indicator (RFC 8707) to ask the access token for: the API's audience. */
        readonly resource: string;
      };
  readonly inactivityMinutes: number;
  readonly defaultLanguage: string;
  readonly languages?: readonly string[];
}

export interface DevPerson {
  readonly id: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly role: string;
}

export interface StalledCase {
  readonly relocationId: string;
  readonly status?: string;
  readonly state?: string;
  readonly urgency?: string;
  readonly waitingFor?: string | { readonly organisationId?: string; readonly party?: string };
  readonly dueAt?: string;
  readonly businessDaysOverdue?: number;
  readonly escalationLevel?: number;
  readonly suggestion?: string;
  readonly [key: string]: unknown;
}

export interface AccessLogEntry {
  readonly seq?: number | string;
  readonly at?: string;
  readonly occurredAt?: string;
  readonly userId?: string;
  readonly organisationId?: string;
  readonly relocationId?: string;
  readonly view?: string;
  readonly [key: string]: unknown;
}

/** The subset of JSON Schema (draft 2020-12, as zod writes it) the forms understand. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Record<string, JsonSchema>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly (string | number)[];
  readonly const?: string | number | boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly title?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly $ref?: string;
}
