// The shapes the console reads, taken from the client generated from the API's OpenAPI document
// (@relocation/api-client): when the API changes a field, `pnpm typecheck` shows every screen that must follow.
import type { paths, Schema } from '@relocation/api-client';

/** The JSON body of a route's 200 answer. */
export type Ok<Path extends keyof paths, Method extends 'get' | 'post'> = paths[Path][Method] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type CaseView = Ok<'/v1/relocations/{id}', 'get'>;
export type Workflow = NonNullable<CaseView['workflow']>;
export type Deadline = Workflow['deadlines'][number];
export type Zone = NonNullable<NonNullable<CaseView['threat']>['exclusionZones']>[number];
export type AvailableAction = Schema<'AvailableAction'>;
export type CaseList = Ok<'/v1/relocations', 'get'>;
/** A list entry: the case view without sealed data and without actions. */
export type CaseSummary = CaseList['cases'][number];
export type History = Ok<'/v1/relocations/{id}/history', 'get'>;
export type HistoryEntry = History['entries'][number];
export type CommandAnswer = Schema<'CommandAnswer'>;
export type Reference = Ok<'/v1/municipalities', 'get'>;
export type Municipality = Reference['municipalities'][number];
export type County = Reference['counties'][number];
export type ConsoleConfig = Schema<'ConsoleConfig'>;
export type DevPerson = Schema<'DevPerson'>;
export type DevSignIn = Schema<'DevSignIn'>;
export type Stalled = Ok<'/v1/dashboard/stalled', 'get'>;
export type StalledCase = Stalled['cases'][number];
export type Overview = Ok<'/v1/dashboard/overview', 'get'>;
export type Transfers = Ok<'/v1/dashboard/transfers', 'get'>;
export type TransferMatter = Transfers['transfers'][number];
export type AccessLog = Ok<'/v1/audit/access-log', 'get'>;
export type AccessLogEntry = AccessLog['entries'][number];
export type VerifyReport = Ok<'/v1/audit/verify', 'get'>;
export type ProviderUnit = Schema<'ProviderUnit'>;

/**
 * The subset of JSON Schema (draft 2020-12, as zod writes it) the forms understand: an action's `inputSchema` and
 * the OpenAPI document's request bodies, which the API types only as JSON values.
 */
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
