import type { Http } from './http.ts';
import type {
  AccessLogEntry,
  CaseList,
  CaseView,
  CommandAnswer,
  ConsoleConfig,
  DevPerson,
  History,
  JsonSchema,
  Reference,
  StalledCase,
} from './types.ts';

const query = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, value);
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
};

export interface Overview {
  readonly now: string;
  readonly since: string;
  readonly byState: readonly { state: string; urgency: string | null; cases: number; stalled: number }[];
  readonly stageDurations: readonly {
    state: string;
    completed: number;
    medianSeconds: number;
    p90Seconds: number;
  }[];
  readonly openByCounty: readonly { countyCode: string; openCases: number }[];
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly eventStore: {
    ok: boolean;
    streamsChecked: number;
    eventsChecked: number;
    problems: readonly unknown[];
  };
  readonly accessLog: { ok: boolean; entriesChecked: number; problems: readonly unknown[] };
}

/** Every call the console makes, by name. The paths are the API's; ids are case ids, never personal data. */
export function createApi(http: Http) {
  return {
    config: async () => (await http<ConsoleConfig>('/v1/console/config')).body,
    devPeople: async () => {
      return (await http<{ people: DevPerson[] }>('/v1/dev/people')).body.people;
    },
    devSignIn: async (personId: string) =>
      (
        await http<{ token: string; expiresAt: string }>('/v1/dev/sign-in', {
          method: 'POST',
          body: { personId },
        })
      ).body,
    listCases: async (
      filters: { state?: string; urgency?: string; stalled?: string; minPosition?: string } = {},
    ) => (await http<CaseList>(`/v1/relocations${query({ limit: '100', ...filters })}`)).body,
    getCase: async (id: string, minPosition?: string) => {
      const answer = await http<CaseView>(
        `/v1/relocations/${encodeURIComponent(id)}${query({ minPosition })}`,
      );
      return { view: answer.body, etag: answer.etag };
    },
    history: async (id: string, minPosition?: string) =>
      (await http<History>(`/v1/relocations/${encodeURIComponent(id)}/history${query({ minPosition })}`))
        .body,
    proposable: async (id: string, minPosition?: string) =>
      (
        await http<{ relocationId: string; municipalityCodes: string[] }>(
          `/v1/relocations/${encodeURIComponent(id)}/proposable-municipalities${query({ minPosition })}`,
        )
      ).body.municipalityCodes,
    reference: async () => (await http<Reference>('/v1/municipalities')).body,
    openApi: async () => (await http<{ paths: Record<string, Record<string, unknown>> }>('/docs/json')).body,
    command: async (
      path: string,
      body: unknown,
      headers: { ifMatch?: string | undefined; idempotencyKey: string },
      method: 'POST' = 'POST',
    ) =>
      (
        await http<CommandAnswer>(path, {
          method,
          body,
          headers: {
            'idempotency-key': headers.idempotencyKey,
            ...(headers.ifMatch === undefined ? {} : { 'if-match': headers.ifMatch }),
          },
        })
      ).body,
    stalled: async (filters: { county?: string; policeRegion?: string; organisation?: string }) =>
      (await http<{ now: string; cases: StalledCase[] }>(`/v1/dashboard/stalled${query(filters)}`)).body,
    overview: async () => (await http<Overview>('/v1/dashboard/overview')).body,
    accessLog: async (filters: Record<string, string | undefined>) =>
      (
        await http<{ entries: AccessLogEntry[]; nextAfterSeq: number | null }>(
          `/v1/audit/access-log${query(filters)}`,
        )
      ).body,
    verify: async () => (await http<VerifyReport>('/v1/audit/verify')).body,
  };
}

export type Api = ReturnType<typeof createApi>;
export type { JsonSchema };
