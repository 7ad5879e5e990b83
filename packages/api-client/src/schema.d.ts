// Generated from services/api/openapi.json by `pnpm --filter @relocation/api-client generate`. Do not edit.

export type paths = {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              haltedAt?: {
                eventId: string;
                position: string;
                reason: string;
                type: string;
              };
              /** @enum {string} */
              readModels: 'caughtUp' | 'behind' | 'halted' | 'absent' | 'unreachable';
              ready: boolean;
              /** @enum {string} */
              store: 'ok' | 'unreachable';
              workers?: {
                [key: string]: {
                  ready: boolean;
                  reason?: string;
                };
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              haltedAt?: {
                eventId: string;
                position: string;
                reason: string;
                type: string;
              };
              /** @enum {string} */
              readModels: 'caughtUp' | 'behind' | 'halted' | 'absent' | 'unreachable';
              ready: boolean;
              /** @enum {string} */
              store: 'ok' | 'unreachable';
              workers?: {
                [key: string]: {
                  ready: boolean;
                  reason?: string;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who read which case, which view and when (auditors only), oldest first */
    get: {
      parameters: {
        query?: {
          afterSeq?: number;
          from?: string;
          limit?: number;
          organisationId?: string;
          relocationId?: string;
          to?: string;
          userId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: {
                at: string;
                hash: string;
                organisationId: string;
                previousHash: string | null;
                relocationId: string;
                requestId: string;
                role: string;
                seq: number;
                userId: string;
                /** @enum {string} */
                view: 'detail' | 'history' | 'list' | 'statisticsExport';
              }[];
              nextAfterSeq: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error404'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verify the hash chains of the event store and of the access log, and both against the newest signed checkpoint (auditors only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessLog: {
                entriesChecked: number;
                ok: boolean;
                problems: {
                  detail: string;
                  kind: string;
                  seq: number;
                }[];
              };
              checkpoint?: {
                checkpoint: {
                  accessLogSeq: number;
                  file: string;
                  issuedAt: string;
                  keyId: string;
                  streams: number;
                } | null;
                ok: boolean;
                problems: {
                  detail: string;
                  kind: string;
                  revision?: number;
                  seq?: number;
                  streamName?: string;
                }[];
              };
              eventStore: {
                eventsChecked: number;
                ok: boolean;
                problems: {
                  detail: string;
                  kind: string;
                  revision?: number;
                  streamName: string;
                }[];
                streamsChecked: number;
              };
              ok: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error404'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/console/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The console’s configuration: how to sign in, inactivity timeout, languages (no token needed) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ConsoleConfig'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dashboard/households': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Relocations per household and per year: renewed relocations after a compromised location, and the households relocated more than once with their linked cases (coordinator only) */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HouseholdRelocations'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dashboard/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases per state and urgency, median and 90th-percentile time per stage over the last twelve months, open cases per county (coordinator only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byState: {
                cases: number;
                stalled: number;
                /** @enum {string} */
                state:
                  | 'notInitiated'
                  | 'draft'
                  | 'threatAssessment'
                  | 'matching'
                  | 'awaitingReceiverDecision'
                  | 'destinationClearance'
                  | 'awaitingArrival'
                  | 'followUp'
                  | 'suspended'
                  | 'aborted'
                  | 'withdrawn'
                  | 'closed';
                urgency: ('acute' | 'planned') | null;
              }[];
              now: string;
              openByCounty: {
                countyCode: string;
                openCases: number;
              }[];
              /** @description The stage durations cover stays that ended from this instant on: twelve months before the moment they were computed, which is now or at most a minute earlier (they are reused for a minute) */
              since: string;
              stageDurations: {
                completed: number;
                medianSeconds: number;
                p90Seconds: number;
                /** @enum {string} */
                state:
                  | 'notInitiated'
                  | 'draft'
                  | 'threatAssessment'
                  | 'matching'
                  | 'awaitingReceiverDecision'
                  | 'destinationClearance'
                  | 'awaitingArrival'
                  | 'followUp'
                  | 'suspended'
                  | 'aborted'
                  | 'withdrawn'
                  | 'closed';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dashboard/stalled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stalled cases, most severe first: state, whom the case waits for, business days overdue, escalation level and urgency (coordinator only) */
    get: {
      parameters: {
        query?: {
          county?: string;
          limit?: number;
          organisation?: string;
          policeRegion?: 'nord' | 'mitt' | 'stockholm' | 'ost' | 'vast' | 'syd' | 'bergslagen';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cases: {
                businessDaysOverdue: number;
                countyCode: string | null;
                deadlineId: string;
                /** @enum {string} */
                deadlineKind:
                  | 'threatAssessment'
                  | 'receiverDecision'
                  | 'destinationClearance'
                  | 'arrival'
                  | 'followUp1'
                  | 'followUp3'
                  | 'followUp6'
                  | 'transferAnswer'
                  | 'ivoDecision'
                  | 'transferEffective'
                  | 'placementAcknowledgement'
                  | 'threatReassessment'
                  | 'outcome6'
                  | 'outcome12'
                  | 'schoolPlacement';
                dueAt: string;
                escalationLevel: 0 | 1 | 2;
                overdueDeadlines: number;
                policeRegion: string | null;
                relocationId: string;
                responsibleMunicipality: string | null;
                /** @enum {string} */
                state:
                  | 'notInitiated'
                  | 'draft'
                  | 'threatAssessment'
                  | 'matching'
                  | 'awaitingReceiverDecision'
                  | 'destinationClearance'
                  | 'awaitingArrival'
                  | 'followUp'
                  | 'suspended'
                  | 'aborted'
                  | 'withdrawn'
                  | 'closed';
                suggestion: ('ivoApplication' | 'proposeAnotherMunicipality') | null;
                urgency: ('acute' | 'planned') | null;
                waitingFor: string;
              }[];
              now: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dashboard/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open transfers of cases (överflyttning) and IVO matters with their dates, requests without answer and overdue IVO decisions first (coordinator only) */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              now: string;
              transfers: {
                appealUntil: string | null;
                effectiveFrom: string | null;
                fromMunicipalityCode: string;
                ivoAppliedOn: string | null;
                ivoDecisionReceivedOn: string | null;
                ivoResponsibleMunicipalityCode: string | null;
                relocationId: string;
                requestedOn: string;
                /** @enum {string} */
                stage: 'requested' | 'agreed' | 'refused' | 'ivoApplied' | 'ivoDecided' | 'ivoAppealed';
                toMunicipalityCode: string;
                waitingFor: {
                  dueAt: string;
                  escalationLevel: 0 | 1 | 2;
                  /** @enum {string} */
                  kind: 'transferAnswer' | 'ivoDecision';
                  organisationId: string;
                  overdue: boolean;
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dev/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** AUTH_MODE=dev only: the sample people one can sign in as (404 in jwks mode) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              people: components['schemas']['DevPerson'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error404'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dev/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** AUTH_MODE=dev only: a development token for one of the sample people (404 in jwks mode) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            personId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DevSignIn'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error404'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error413'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error415'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live updates: which of your cases changed (server-sent events, text/event-stream)
     * @description Each event is `event: case-changed`, `id: <position>`, `data: {"relocationId","position"}`: fetch the case with ?minPosition=<position>. Lines starting with `:` are heartbeats. Only the organisations a change concerns (the same audience as the Kafka notifications) and, inside a municipality, the assigned handlers and supervisors hear of it. The stream ends when the token expires.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A stream of server-sent events */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/municipalities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The official municipalities (kommunkod, name, county) and counties */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counties: {
                code: string;
                name: string;
              }[];
              municipalities: {
                code: string;
                countyCode: string;
                name: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider register: units with operator, premises, service type and permit periods, by name (municipal caseworkers and supervisors, the coordinator, the administrator) */
    get: {
      parameters: {
        query?: {
          county?: string;
          municipality?: string;
          operatingOn?: string;
          serviceType?: 'protectedHousing' | 'hvb' | 'supportedHousing';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              units: components['schemas']['ProviderUnit'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/providers/{unitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One unit of the provider register, its version in the ETag */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProviderUnit'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error404'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    /** Record a unit as it now is (create or replace; administrator only). Send If-Match with the version last read: if the unit changed since, 412 and nothing is recorded. An unchanged unit records nothing. */
    put: {
      parameters: {
        query?: never;
        header?: {
          'if-match'?: string;
        };
        path: {
          unitId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProviderUnitBodyInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description False when the unit already was exactly so: nothing was recorded */
              changed: boolean;
              unit: components['schemas']['ProviderUnit'];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error412'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error413'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error415'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/providers/{unitId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who changed the unit when, oldest first (administrator, coordinator, auditor) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changes: components['schemas']['ProviderUnitChange'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error404'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cases your organisation takes part in, newest first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          minPosition?: string;
          stalled?: 'true' | 'false';
          state?:
            | 'notInitiated'
            | 'draft'
            | 'threatAssessment'
            | 'matching'
            | 'awaitingReceiverDecision'
            | 'destinationClearance'
            | 'awaitingArrival'
            | 'followUp'
            | 'suspended'
            | 'aborted'
            | 'withdrawn'
            | 'closed';
          urgency?: 'acute' | 'planned';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cases: {
                /** @enum {boolean} */
                erased?: true;
                handlers?: {
                  userId: string;
                }[];
                householdAndNeeds?: {
                  household: {
                    adults: number;
                    childrenAges: number[];
                  } | null;
                  members?: components['schemas']['HouseholdMember'][];
                  needs: string[];
                };
                identity?: components['schemas']['Identity'];
                identityHistory?: components['schemas']['IdentityHistoryEntry'][];
                /** @enum {string} */
                participation:
                  | 'sending'
                  | 'proposedReceiving'
                  | 'acceptedReceiving'
                  | 'receiving'
                  | 'responsible'
                  | 'transferCounterparty'
                  | 'police'
                  | 'coordinator'
                  | 'auditor'
                  | 'declined'
                  | 'system'
                  | 'none';
                pseudonym?: string;
                receivingMunicipality?: {
                  accepted: string | null;
                  declined: string[];
                  proposed: string | null;
                  refused: string[];
                };
                receptionPlan?: {
                  housingType: string | null;
                  municipalityCode: string | null;
                  plan?: components['schemas']['ReceptionPlanDetails'];
                  plannedMoveDate: string | null;
                  providerId: string | null;
                };
                relocationId: string;
                threat?: {
                  details?: components['schemas']['ThreatDetails'];
                  exclusionZones?: {
                    code: string;
                    kind: string;
                  }[];
                  level: string | null;
                  validUntil?: string | null;
                };
                workflow?: {
                  arrivedOn: string | null;
                  consents: string[];
                  deadlines: {
                    awaited: {
                      organisationId: string;
                      /** @enum {string} */
                      party:
                        | 'sending'
                        | 'proposedReceiving'
                        | 'acceptedReceiving'
                        | 'receiving'
                        | 'responsible'
                        | 'transferCounterparty'
                        | 'police'
                        | 'coordinator'
                        | 'auditor'
                        | 'declined'
                        | 'system'
                        | 'none';
                    };
                    deadlineId: string;
                    dueAt: string | null;
                    escalateAt: string | null;
                    escalationLevel: number;
                    kind: string;
                    missed: boolean;
                    overdue: boolean;
                  }[];
                  directPlacement: components['schemas']['DirectPlacement'] | null;
                  followUpsRecorded: number[];
                  householdId: string | null;
                  initiatedAt: string | null;
                  lastPosition: string;
                  ledger: components['schemas']['ResponsibilityLedger'];
                  previousRelocationId: string | null;
                  renewedRelocationId: string | null;
                  responsibleMunicipality: string | null;
                  revision: number;
                  sendingMunicipality: string | null;
                  stalled: boolean;
                  stalledSince: string | null;
                  status: string;
                  suspendedFrom: string | null;
                  transfer: components['schemas']['TransferMatter'] | null;
                  updatedAt: string;
                  urgency: string | null;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    /** Start a case (the sending municipality) */
    post: operations['InitiateRelocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case, redacted for your organisation */
    get: {
      parameters: {
        query?: {
          minPosition?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The commands you may take on this case now (computed by the domain for your role, organisation, assignment and the case’s state and consent); a command not listed would be refused */
              availableActions: components['schemas']['AvailableAction'][];
              /** @enum {boolean} */
              erased?: true;
              handlers?: {
                userId: string;
              }[];
              householdAndNeeds?: {
                household: {
                  adults: number;
                  childrenAges: number[];
                } | null;
                members?: components['schemas']['HouseholdMember'][];
                needs: string[];
              };
              identity?: components['schemas']['Identity'];
              identityHistory?: components['schemas']['IdentityHistoryEntry'][];
              /** @enum {string} */
              participation:
                | 'sending'
                | 'proposedReceiving'
                | 'acceptedReceiving'
                | 'receiving'
                | 'responsible'
                | 'transferCounterparty'
                | 'police'
                | 'coordinator'
                | 'auditor'
                | 'declined'
                | 'system'
                | 'none';
              pseudonym?: string;
              receivingMunicipality?: {
                accepted: string | null;
                declined: string[];
                proposed: string | null;
                refused: string[];
              };
              receptionPlan?: {
                housingType: string | null;
                municipalityCode: string | null;
                plan?: components['schemas']['ReceptionPlanDetails'];
                plannedMoveDate: string | null;
                providerId: string | null;
              };
              relocationId: string;
              threat?: {
                details?: components['schemas']['ThreatDetails'];
                exclusionZones?: {
                  code: string;
                  kind: string;
                }[];
                level: string | null;
                validUntil?: string | null;
              };
              workflow?: {
                arrivedOn: string | null;
                consents: string[];
                deadlines: {
                  awaited: {
                    organisationId: string;
                    /** @enum {string} */
                    party:
                      | 'sending'
                      | 'proposedReceiving'
                      | 'acceptedReceiving'
                      | 'receiving'
                      | 'responsible'
                      | 'transferCounterparty'
                      | 'police'
                      | 'coordinator'
                      | 'auditor'
                      | 'declined'
                      | 'system'
                      | 'none';
                  };
                  deadlineId: string;
                  dueAt: string | null;
                  escalateAt: string | null;
                  escalationLevel: number;
                  kind: string;
                  missed: boolean;
                  overdue: boolean;
                }[];
                directPlacement: components['schemas']['DirectPlacement'] | null;
                followUpsRecorded: number[];
                householdId: string | null;
                initiatedAt: string | null;
                lastPosition: string;
                ledger: components['schemas']['ResponsibilityLedger'];
                previousRelocationId: string | null;
                renewedRelocationId: string | null;
                responsibleMunicipality: string | null;
                revision: number;
                sendingMunicipality: string | null;
                stalled: boolean;
                stalledSince: string | null;
                status: string;
                suspendedFrom: string | null;
                transfer: components['schemas']['TransferMatter'] | null;
                updatedAt: string;
                urgency: string | null;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error404'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/abort': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Abort the relocation */
    post: operations['AbortRelocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept the handover (the proposed municipality) */
    post: operations['AcceptHandover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/child-impact-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a children’s impact assessment for one child (before proposal, and again before acceptance) */
    post: operations['RecordChildImpactAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/child-placement-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an application to the administrative court to place a child in protected housing without a guardian’s consent (lag 2024:79) */
    post: operations['RecordChildPlacementApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/child-placement-decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the administrative court’s decision on placing the child in protected housing */
    post: operations['RecordChildPlacementDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/child-views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a child’s own view (sealed) */
    post: operations['RecordChildView'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/clear-destination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Clear the destination (police) */
    post: operations['GrantDestinationClearance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the case */
    post: operations['CloseCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/confirm-arrival': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the person has arrived */
    post: operations['ConfirmArrival'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the person’s consent to share the case */
    post: operations['RecordConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline the handover (the proposed municipality) */
    post: operations['DeclineHandover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/direct-placement-acknowledgements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge a direct placement in your municipality (the destination, within a business day) */
    post: operations['AcknowledgeDirectPlacement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/direct-placements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Place the household directly in a unit allowed to operate, in another municipality (acute cases; the responsible municipality) */
    post: operations['PlaceDirectly'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/escalate-threat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report that the threat has grown */
    post: operations['EscalateThreat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/extend-deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a deadline (the coordinator) */
    post: operations['ExtendDeadline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a follow-up (1, 3 or 6 months) */
    post: operations['RecordFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/handlers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign a colleague of your organisation to the case (a supervisor) */
    post: operations['AssignHandler'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit timeline of one case: every event with actor, time and what changed, redacted */
    get: {
      parameters: {
        query?: {
          minPosition?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: components['schemas']['HistoryEntry'][];
              relocationId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error404'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/household-members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Name a co-moving adult or child, with their own identity and consent (the responsible municipality) */
    post: operations['AddHouseholdMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/identity-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the person’s new name and personnummer (fingerade personuppgifter; a police officer assigned to the case) */
    post: operations['ChangeIdentity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/ivo-appeals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an appeal of IVO’s decision (within three weeks) */
    post: operations['RecordIvoAppeal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/ivo-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an application to IVO after a refusal or a month without answer (the requester) */
    post: operations['RecordIvoApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/ivo-decision-final': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the decision became final: responsibility moves then */
    post: operations['RecordIvoDecisionFinal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/ivo-decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record IVO’s decision and the date it was received */
    post: operations['RecordIvoDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/location-compromised': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the location is compromised after arrival (the police or the municipality the household lives in); closes the case and opens a linked case for the household, named in the answer */
    post: operations['RecordLocationCompromised'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/outcomes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the outcome 6 or 12 months after arrival (the responsible or receiving municipality; also on a closed case) */
    post: operations['RecordOutcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/person-settled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the person registered (settled) in a municipality */
    post: operations['RecordPersonSettled'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/proposable-municipalities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipalities the coordinator may propose for the case now */
    get: {
      parameters: {
        query?: {
          minPosition?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProposableMunicipalities'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              details: components['schemas']['ErrorDetails'];
              message: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              details: components['schemas']['ErrorDetails'];
              message: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              details: components['schemas']['ErrorDetails'];
              message: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              details: components['schemas']['ErrorDetails'];
              message: string;
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              details: components['schemas']['ErrorDetails'];
              message: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/propose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Propose a receiving municipality */
    post: operations['ProposeReceivingMunicipality'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/refuse-destination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse the destination (police) */
    post: operations['RefuseDestinationClearance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/remove-household-member': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a member off the household (the responsible municipality) */
    post: operations['RemoveHouseholdMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume a suspended case */
    post: operations['ResumeCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/school-placements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a school-age child’s school placement after arrival (the receiving municipality) */
    post: operations['RecordSchoolPlacement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the case for a threat assessment */
    post: operations['SubmitRelocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend the case (deadlines pause) */
    post: operations['SuspendCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/threat-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the police threat assessment */
    post: operations['RecordThreatAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/threat-reassessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reassess the threat after arrival (the police region of the destination), by the previous valid-until */
    post: operations['ReassessThreat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/transfer-agree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Agree to take over the case from a date (the municipality asked) */
    post: operations['AgreeTransfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/transfer-refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse to take over the case (the municipality asked) */
    post: operations['RefuseTransfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/transfer-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask another municipality in writing to take over the case (the responsible municipality) */
    post: operations['RequestTransfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/unassign-handler': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a colleague of your organisation off the case (a supervisor) */
    post: operations['UnassignHandler'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/relocations/{id}/withdraw-consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that consent was withdrawn */
    post: operations['WithdrawConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every statistics table (households per year and county, police region, urgency, threat level, household, route, housing type, declines, transfers, ending) and the time per stage, counts under k withheld (coordinator and researcher only) */
    get: {
      parameters: {
        query?: {
          fromYear?: string;
          toYear?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Statistics'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/statistics/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export for research: one table, all tables or the stage times as CSV or Parquet (docs/statistics.md is the data dictionary); recorded in the access log (coordinator and researcher only) */
    get: {
      parameters: {
        query: {
          format: 'csv' | 'parquet';
          table?:
            | 'county'
            | 'policeRegion'
            | 'urgency'
            | 'threatLevel'
            | 'adults'
            | 'children'
            | 'youngestChild'
            | 'route'
            | 'housing'
            | 'declineReason'
            | 'transfer'
            | 'ending'
            | 'outcome6'
            | 'outcome12'
            | 'relocation'
            | 'all'
            | 'stages';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv, or application/vnd.apache.parquet; the columns are described in docs/statistics.md */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/statistics/tables/{table}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One statistics table, counts under k withheld (coordinator and researcher only) */
    get: {
      parameters: {
        query?: {
          fromYear?: string;
          toYear?: string;
        };
        header?: never;
        path: {
          table:
            | 'county'
            | 'policeRegion'
            | 'urgency'
            | 'threatLevel'
            | 'adults'
            | 'children'
            | 'youngestChild'
            | 'route'
            | 'housing'
            | 'declineReason'
            | 'transfer'
            | 'ending'
            | 'outcome6'
            | 'outcome12'
            | 'relocation';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StatisticsTable'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error400'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error401'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error403'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error429'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error500'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error503'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    AvailableAction: {
      /**
       * @description The command type (the OpenAPI operationId of its route)
       * @enum {string}
       */
      command:
        | 'InitiateRelocation'
        | 'RecordConsent'
        | 'WithdrawConsent'
        | 'SubmitRelocation'
        | 'RecordThreatAssessment'
        | 'EscalateThreat'
        | 'ProposeReceivingMunicipality'
        | 'AcceptHandover'
        | 'DeclineHandover'
        | 'GrantDestinationClearance'
        | 'RefuseDestinationClearance'
        | 'ConfirmArrival'
        | 'RecordFollowUp'
        | 'CloseCase'
        | 'SuspendCase'
        | 'ResumeCase'
        | 'AbortRelocation'
        | 'ExtendDeadline'
        | 'MarkDeadlineMissed'
        | 'RaiseEscalation'
        | 'AssignHandler'
        | 'UnassignHandler'
        | 'EraseCase'
        | 'RequestTransfer'
        | 'AgreeTransfer'
        | 'RefuseTransfer'
        | 'RecordIvoApplication'
        | 'RecordIvoDecision'
        | 'RecordIvoAppeal'
        | 'RecordIvoDecisionFinal'
        | 'RecordPersonSettled'
        | 'PlaceDirectly'
        | 'AcknowledgeDirectPlacement'
        | 'ReassessThreat'
        | 'RecordLocationCompromised'
        | 'ChangeIdentity'
        | 'RecordOutcome'
        | 'AddHouseholdMember'
        | 'RemoveHouseholdMember'
        | 'RecordChildView'
        | 'RecordChildImpactAssessment'
        | 'RecordChildPlacementApplication'
        | 'RecordChildPlacementDecision'
        | 'RecordSchoolPlacement';
      /** @description JSON Schema (draft 2020-12) of the request body, from the domain’s payload schema */
      inputSchema: {
        [key: string]: components['schemas']['JsonValue'];
      };
      /** @constant */
      method: 'POST';
      /** @description Where to send it, the case id filled in, e.g. /v1/relocations/<id>/consent */
      path: string;
    };
    AvailableActionInput: {
      /**
       * @description The command type (the OpenAPI operationId of its route)
       * @enum {string}
       */
      command:
        | 'InitiateRelocation'
        | 'RecordConsent'
        | 'WithdrawConsent'
        | 'SubmitRelocation'
        | 'RecordThreatAssessment'
        | 'EscalateThreat'
        | 'ProposeReceivingMunicipality'
        | 'AcceptHandover'
        | 'DeclineHandover'
        | 'GrantDestinationClearance'
        | 'RefuseDestinationClearance'
        | 'ConfirmArrival'
        | 'RecordFollowUp'
        | 'CloseCase'
        | 'SuspendCase'
        | 'ResumeCase'
        | 'AbortRelocation'
        | 'ExtendDeadline'
        | 'MarkDeadlineMissed'
        | 'RaiseEscalation'
        | 'AssignHandler'
        | 'UnassignHandler'
        | 'EraseCase'
        | 'RequestTransfer'
        | 'AgreeTransfer'
        | 'RefuseTransfer'
        | 'RecordIvoApplication'
        | 'RecordIvoDecision'
        | 'RecordIvoAppeal'
        | 'RecordIvoDecisionFinal'
        | 'RecordPersonSettled'
        | 'PlaceDirectly'
        | 'AcknowledgeDirectPlacement'
        | 'ReassessThreat'
        | 'RecordLocationCompromised'
        | 'ChangeIdentity'
        | 'RecordOutcome'
        | 'AddHouseholdMember'
        | 'RemoveHouseholdMember'
        | 'RecordChildView'
        | 'RecordChildImpactAssessment'
        | 'RecordChildPlacementApplication'
        | 'RecordChildPlacementDecision'
        | 'RecordSchoolPlacement';
      /** @description JSON Schema (draft 2020-12) of the request body, from the domain’s payload schema */
      inputSchema: {
        [key: string]: components['schemas']['JsonValueInput'];
      };
      /** @constant */
      method: 'POST';
      /** @description Where to send it, the case id filled in, e.g. /v1/relocations/<id>/consent */
      path: string;
    };
    CommandAnswer: {
      /** @description Global feed position of the last event, as a decimal string */
      position: string;
      /** Format: uuid */
      relocationId: string;
      /**
       * Format: uuid
       * @description After RecordLocationCompromised: the linked case that relocates the household again
       */
      renewedRelocationId?: string;
      revision: number;
      /**
       * @description The workflow state of the case after the command
       * @enum {string}
       */
      status:
        | 'notInitiated'
        | 'draft'
        | 'threatAssessment'
        | 'matching'
        | 'awaitingReceiverDecision'
        | 'destinationClearance'
        | 'awaitingArrival'
        | 'followUp'
        | 'suspended'
        | 'aborted'
        | 'withdrawn'
        | 'closed';
    };
    CommandAnswerInput: {
      /** @description Global feed position of the last event, as a decimal string */
      position: string;
      /** Format: uuid */
      relocationId: string;
      /**
       * Format: uuid
       * @description After RecordLocationCompromised: the linked case that relocates the household again
       */
      renewedRelocationId?: string;
      revision: number;
      /**
       * @description The workflow state of the case after the command
       * @enum {string}
       */
      status:
        | 'notInitiated'
        | 'draft'
        | 'threatAssessment'
        | 'matching'
        | 'awaitingReceiverDecision'
        | 'destinationClearance'
        | 'awaitingArrival'
        | 'followUp'
        | 'suspended'
        | 'aborted'
        | 'withdrawn'
        | 'closed';
    };
    ConsoleConfig: {
      auth:
        | {
            /** @constant */
            mode: 'dev';
          }
        | {
            clientId: string;
            /** @description The OIDC issuer (discovery at <issuer>/.well-known/openid-configuration) */
            issuer: string;
            /** @constant */
            mode: 'jwks';
            /** @description Resource indicator to ask the access token for (the API audience) */
            resource: string;
            scopes: string[];
          };
      /** @enum {string} */
      defaultLanguage: 'sv' | 'en';
      /** @description Sign out after this many minutes without activity */
      inactivityMinutes: number;
      languages: ('sv' | 'en')[];
    };
    ConsoleConfigInput: {
      auth:
        | {
            /** @constant */
            mode: 'dev';
          }
        | {
            clientId: string;
            /** @description The OIDC issuer (discovery at <issuer>/.well-known/openid-configuration) */
            issuer: string;
            /** @constant */
            mode: 'jwks';
            /** @description Resource indicator to ask the access token for (the API audience) */
            resource: string;
            scopes: string[];
          };
      /** @enum {string} */
      defaultLanguage: 'sv' | 'en';
      /** @description Sign out after this many minutes without activity */
      inactivityMinutes: number;
      languages: ('sv' | 'en')[];
    };
    DevPerson: {
      displayName: string;
      id: string;
      organisationId: string;
      organisationName: string;
      /** @enum {string} */
      role:
        'caseworker' | 'supervisor' | 'police' | 'coordinator' | 'researcher' | 'auditor' | 'administrator';
    };
    DevPersonInput: {
      displayName: string;
      id: string;
      organisationId: string;
      organisationName: string;
      /** @enum {string} */
      role:
        'caseworker' | 'supervisor' | 'police' | 'coordinator' | 'researcher' | 'auditor' | 'administrator';
    };
    DevSignIn: {
      /** Format: date-time */
      expiresAt: string;
      /** @description A bearer token for the API (keep it in memory) */
      token: string;
    };
    DevSignInInput: {
      /** Format: date-time */
      expiresAt: string;
      /** @description A bearer token for the API (keep it in memory) */
      token: string;
    };
    DirectPlacement: {
      acknowledged: boolean;
      municipalityCode: string;
    };
    DirectPlacementInput: {
      acknowledged: boolean;
      municipalityCode: string;
    };
    Error400: {
      /** @enum {string} */
      code: 'VALIDATION_FAILED' | 'BAD_REQUEST' | 'INVALID_CURSOR' | 'UNKNOWN_PERSON' | 'INVALID_COMMAND';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error400Input: {
      /** @enum {string} */
      code: 'VALIDATION_FAILED' | 'BAD_REQUEST' | 'INVALID_CURSOR' | 'UNKNOWN_PERSON' | 'INVALID_COMMAND';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error401: {
      /** @enum {string} */
      code: 'UNAUTHORIZED';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error401Input: {
      /** @enum {string} */
      code: 'UNAUTHORIZED';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error403: {
      /** @enum {string} */
      code: 'FORBIDDEN_FOR_ROLE' | 'NOT_DESTINATION_POLICE' | 'NOT_AN_ASSIGNED_HANDLER';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error403Input: {
      /** @enum {string} */
      code: 'FORBIDDEN_FOR_ROLE' | 'NOT_DESTINATION_POLICE' | 'NOT_AN_ASSIGNED_HANDLER';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error404: {
      /** @enum {string} */
      code: 'NOT_FOUND';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error404Input: {
      /** @enum {string} */
      code: 'NOT_FOUND';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error409: {
      /** @enum {string} */
      code:
        | 'CASE_ALREADY_EXISTS'
        | 'NOT_ALLOWED_IN_STATE'
        | 'ALREADY_DECLINED'
        | 'ALREADY_REFUSED'
        | 'CLEARANCE_MISSING'
        | 'FOLLOW_UP_ALREADY_RECORDED'
        | 'DEADLINE_NOT_DUE'
        | 'DEADLINE_ALREADY_MISSED'
        | 'DEADLINE_NOT_MISSED'
        | 'ESCALATION_NOT_DUE'
        | 'ALREADY_ESCALATED'
        | 'HANDLER_ALREADY_ASSIGNED'
        | 'HANDLER_NOT_ASSIGNED'
        | 'CASE_ERASED'
        | 'TRANSFER_ALREADY_OPEN'
        | 'TRANSFER_NOT_AT_THIS_STEP'
        | 'DECISION_NOT_FINAL'
        | 'NOT_A_DIRECT_PLACEMENT'
        | 'ALREADY_ACKNOWLEDGED'
        | 'OUTCOME_ALREADY_RECORDED'
        | 'NOT_ARRIVED'
        | 'MEMBER_ALREADY_ADDED'
        | 'COURT_APPLICATION_NOT_NEEDED'
        | 'COURT_APPLICATION_MISSING'
        | 'SCHOOL_PLACEMENT_NOT_REQUIRED'
        | 'CONCURRENT_UPDATE';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error409Input: {
      /** @enum {string} */
      code:
        | 'CASE_ALREADY_EXISTS'
        | 'NOT_ALLOWED_IN_STATE'
        | 'ALREADY_DECLINED'
        | 'ALREADY_REFUSED'
        | 'CLEARANCE_MISSING'
        | 'FOLLOW_UP_ALREADY_RECORDED'
        | 'DEADLINE_NOT_DUE'
        | 'DEADLINE_ALREADY_MISSED'
        | 'DEADLINE_NOT_MISSED'
        | 'ESCALATION_NOT_DUE'
        | 'ALREADY_ESCALATED'
        | 'HANDLER_ALREADY_ASSIGNED'
        | 'HANDLER_NOT_ASSIGNED'
        | 'CASE_ERASED'
        | 'TRANSFER_ALREADY_OPEN'
        | 'TRANSFER_NOT_AT_THIS_STEP'
        | 'DECISION_NOT_FINAL'
        | 'NOT_A_DIRECT_PLACEMENT'
        | 'ALREADY_ACKNOWLEDGED'
        | 'OUTCOME_ALREADY_RECORDED'
        | 'NOT_ARRIVED'
        | 'MEMBER_ALREADY_ADDED'
        | 'COURT_APPLICATION_NOT_NEEDED'
        | 'COURT_APPLICATION_MISSING'
        | 'SCHOOL_PLACEMENT_NOT_REQUIRED'
        | 'CONCURRENT_UPDATE';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error412: {
      /** @enum {string} */
      code: 'PRECONDITION_FAILED';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error412Input: {
      /** @enum {string} */
      code: 'PRECONDITION_FAILED';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error413: {
      /** @enum {string} */
      code: 'PAYLOAD_TOO_LARGE';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error413Input: {
      /** @enum {string} */
      code: 'PAYLOAD_TOO_LARGE';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error415: {
      /** @enum {string} */
      code: 'UNSUPPORTED_MEDIA_TYPE';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error415Input: {
      /** @enum {string} */
      code: 'UNSUPPORTED_MEDIA_TYPE';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error422: {
      /** @enum {string} */
      code:
        | 'CONSENT_MISSING'
        | 'UNKNOWN_MUNICIPALITY'
        | 'SENDING_MUNICIPALITY'
        | 'MUNICIPALITY_EXCLUDED'
        | 'PROVIDER_NOT_PERMITTED'
        | 'DEADLINE_NOT_FOUND'
        | 'INVALID_DEADLINE'
        | 'NOT_A_TRANSFER_PARTY'
        | 'ALREADY_RESPONSIBLE'
        | 'INVALID_DATE'
        | 'APPEAL_TOO_LATE'
        | 'NOT_ACUTE'
        | 'UNIT_NOT_PERMITTED'
        | 'UNIT_NOT_IN_MUNICIPALITY'
        | 'MEMBER_NOT_FOUND'
        | 'MEMBER_AGE_MISMATCH'
        | 'MEMBER_NOT_A_CHILD'
        | 'CHILD_IMPACT_ASSESSMENT_MISSING'
        | 'GUARDIAN_CONSENT_MISSING'
        | 'IDEMPOTENCY_KEY_REUSED';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error422Input: {
      /** @enum {string} */
      code:
        | 'CONSENT_MISSING'
        | 'UNKNOWN_MUNICIPALITY'
        | 'SENDING_MUNICIPALITY'
        | 'MUNICIPALITY_EXCLUDED'
        | 'PROVIDER_NOT_PERMITTED'
        | 'DEADLINE_NOT_FOUND'
        | 'INVALID_DEADLINE'
        | 'NOT_A_TRANSFER_PARTY'
        | 'ALREADY_RESPONSIBLE'
        | 'INVALID_DATE'
        | 'APPEAL_TOO_LATE'
        | 'NOT_ACUTE'
        | 'UNIT_NOT_PERMITTED'
        | 'UNIT_NOT_IN_MUNICIPALITY'
        | 'MEMBER_NOT_FOUND'
        | 'MEMBER_AGE_MISMATCH'
        | 'MEMBER_NOT_A_CHILD'
        | 'CHILD_IMPACT_ASSESSMENT_MISSING'
        | 'GUARDIAN_CONSENT_MISSING'
        | 'IDEMPOTENCY_KEY_REUSED';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error429: {
      /** @enum {string} */
      code: 'RATE_LIMITED';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error429Input: {
      /** @enum {string} */
      code: 'RATE_LIMITED';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error500: {
      /** @enum {string} */
      code: 'INTERNAL';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error500Input: {
      /** @enum {string} */
      code: 'INTERNAL';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error503: {
      /** @enum {string} */
      code: 'READ_MODEL_BEHIND' | 'AUTH_UNAVAILABLE';
      details: components['schemas']['ErrorDetails'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    Error503Input: {
      /** @enum {string} */
      code: 'READ_MODEL_BEHIND' | 'AUTH_UNAVAILABLE';
      details: components['schemas']['ErrorDetailsInput'];
      /** @description For people: what went wrong and what to do */
      message: string;
    };
    ErrorDetails: {
      issues?: components['schemas']['ValidationIssue'][];
    } & {
      [key: string]: components['schemas']['JsonValue'];
    };
    ErrorDetailsInput: {
      issues?: components['schemas']['ValidationIssueInput'][];
    } & {
      [key: string]: components['schemas']['JsonValueInput'];
    };
    HistoryEntry:
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of RelocationInitiated the caller may see (organisation ids may read "withheld") */
          changes: {
            carriedResponsibility?: {
              bosattningskommun: {
                municipalityCode: string;
                since: string;
                /** @enum {string} */
                source:
                  | 'caseOpened'
                  | 'arrival'
                  | 'directPlacement'
                  | 'transferAgreed'
                  | 'ivoDecisionFinal'
                  | 'personSettled'
                  | 'arrivalV1'
                  | 'renewedRelocation';
              } | null;
              responsible: {
                municipalityCode: string;
                since: string;
                /** @enum {string} */
                source:
                  | 'caseOpened'
                  | 'arrival'
                  | 'directPlacement'
                  | 'transferAgreed'
                  | 'ivoDecisionFinal'
                  | 'personSettled'
                  | 'arrivalV1'
                  | 'renewedRelocation';
              };
            };
            exclusionZones?: (
              | {
                  code: string;
                  /** @constant */
                  kind: 'municipality';
                }
              | {
                  code: string;
                  /** @constant */
                  kind: 'county';
                }
            )[];
            household?: {
              adults: number;
              childrenAges: number[];
            };
            /** Format: uuid */
            householdId?: string;
            needs?: (
              | 'housing'
              | 'protectedHousing'
              | 'incomeSupport'
              | 'addictionCare'
              | 'psychiatricCare'
              | 'debtAdvice'
              | 'school'
              | 'contactPerson'
            )[];
            previousRelocationId?: string | null;
            protectedIdentity?: boolean;
            /** Format: uuid */
            relocationId?: string;
            sendingMunicipalityCode?: string;
            /** @enum {string} */
            urgency?: 'acute' | 'planned';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of RelocationInitiated the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            person?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'RelocationInitiated';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ConsentRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            consentDate?: string;
            parties?: ('police' | 'coordinator' | 'receivingMunicipality')[];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ConsentRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            documentReference?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ConsentRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ConsentWithdrawn the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            withdrawnOn?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ConsentWithdrawn the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ConsentWithdrawn';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of RelocationSubmitted the caller may see (organisation ids may read "withheld") */
          changes: {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of RelocationSubmitted the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'RelocationSubmitted';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ThreatAssessmentRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            exclusionZones?: (
              | {
                  code: string;
                  /** @constant */
                  kind: 'municipality';
                }
              | {
                  code: string;
                  /** @constant */
                  kind: 'county';
                }
            )[];
            /** @enum {string} */
            level?: 'low' | 'elevated' | 'high' | 'severe';
            /** @enum {string} */
            track?: 'defector' | 'personSecurity';
            /** Format: date */
            validUntil?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ThreatAssessmentRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            details?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ThreatAssessmentRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ThreatEscalated the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            effect?: 'reassessment' | 'acceptanceLapsed' | 'clearanceRequired';
            exclusionZones?: (
              | {
                  code: string;
                  /** @constant */
                  kind: 'municipality';
                }
              | {
                  code: string;
                  /** @constant */
                  kind: 'county';
                }
            )[];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ThreatEscalated the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ThreatEscalated';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ReceivingMunicipalityProposed the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ReceivingMunicipalityProposed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ReceivingMunicipalityProposed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HandoverAccepted the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            housingType?: 'ownLease' | 'acuteHousing' | 'protectedHousing';
            municipalityCode?: string;
            /** Format: date */
            plannedMoveDate?: string;
            providerId?: string | null;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HandoverAccepted the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            receptionPlan?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HandoverAccepted';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HandoverDeclined the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
            /** @enum {string} */
            reasonCategory?: 'noHousing' | 'noCapacity' | 'threatSituation' | 'other';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HandoverDeclined the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HandoverDeclined';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DestinationClearanceGranted the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DestinationClearanceGranted the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DestinationClearanceGranted';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DestinationClearanceRefused the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DestinationClearanceRefused the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DestinationClearanceRefused';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ArrivalConfirmed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            arrivedOn?: string;
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ArrivalConfirmed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ArrivalConfirmed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ResponsibilityTransferred the caller may see (organisation ids may read "withheld") */
          changes: {
            effectiveFrom?: string | null;
            fromMunicipalityCode?: string;
            /** @enum {string} */
            source?: 'transferAgreed' | 'ivoDecisionFinal' | 'personSettled' | 'arrivalV1';
            toMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ResponsibilityTransferred the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ResponsibilityTransferred';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of PersonSettled the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
            /** Format: date */
            settledOn?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of PersonSettled the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'PersonSettled';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of LedgerEntryRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            entry?: 'vistelsekommun' | 'placingMunicipality';
            municipalityCode?: string;
            /** Format: date */
            since?: string;
            /** @enum {string} */
            source?:
              | 'caseOpened'
              | 'arrival'
              | 'directPlacement'
              | 'transferAgreed'
              | 'ivoDecisionFinal'
              | 'personSettled'
              | 'arrivalV1'
              | 'renewedRelocation';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of LedgerEntryRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'LedgerEntryRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of TransferRequested the caller may see (organisation ids may read "withheld") */
          changes: {
            fromMunicipalityCode?: string;
            /** Format: date */
            requestedOn?: string;
            toMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of TransferRequested the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            personView?: components['schemas']['JsonValue'];
            reasons?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'TransferRequested';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of TransferAgreed the caller may see (organisation ids may read "withheld") */
          changes: {
            costAgreement?: {
              payerMunicipalityCode: string;
              /** Format: date */
              since: string;
            } | null;
            /** Format: date */
            effectiveFrom?: string;
            toMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of TransferAgreed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'TransferAgreed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of TransferRefused the caller may see (organisation ids may read "withheld") */
          changes: {
            toMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of TransferRefused the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reasons?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'TransferRefused';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IvoApplicationRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            after?: 'refusal' | 'noAnswer';
            /** Format: date */
            appliedOn?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IvoApplicationRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reference?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IvoApplicationRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IvoDecisionRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            appealUntil?: string;
            /** Format: date */
            decidedOn?: string;
            /** Format: date */
            receivedOn?: string;
            responsibleMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IvoDecisionRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IvoDecisionRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IvoDecisionAppealed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            appealedOn?: string;
            appellantMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IvoDecisionAppealed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IvoDecisionAppealed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IvoDecisionBecameFinal the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            finalOn?: string;
            responsibleMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IvoDecisionBecameFinal the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IvoDecisionBecameFinal';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of FollowUpRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            month?: 1 | 3 | 6;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of FollowUpRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            notes?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'FollowUpRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of CaseClosed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            outcome?: 'settled' | 'movedOn' | 'returned' | 'other' | 'relocatedAgain';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of CaseClosed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            notes?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'CaseClosed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of CaseSuspended the caller may see (organisation ids may read "withheld") */
          changes: {
            paused?: {
              /** @enum {string} */
              kind:
                | 'threatAssessment'
                | 'receiverDecision'
                | 'destinationClearance'
                | 'arrival'
                | 'followUp1'
                | 'followUp3'
                | 'followUp6'
                | 'transferAnswer'
                | 'ivoDecision'
                | 'transferEffective'
                | 'placementAcknowledgement'
                | 'threatReassessment'
                | 'outcome6'
                | 'outcome12'
                | 'schoolPlacement';
              ownerOrganisationId: string;
              remainingMs: number;
            }[];
            /** @enum {string} */
            suspendedFrom?:
              | 'threatAssessment'
              | 'matching'
              | 'awaitingReceiverDecision'
              | 'destinationClearance'
              | 'awaitingArrival'
              | 'followUp';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of CaseSuspended the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'CaseSuspended';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of CaseResumed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            resumedTo?:
              | 'threatAssessment'
              | 'matching'
              | 'awaitingReceiverDecision'
              | 'destinationClearance'
              | 'awaitingArrival'
              | 'followUp';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of CaseResumed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'CaseResumed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of RelocationAborted the caller may see (organisation ids may read "withheld") */
          changes: {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of RelocationAborted the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'RelocationAborted';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineScheduled the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** Format: date-time */
            dueAt?: string;
            /** Format: date-time */
            escalateAt?: string;
            /** @enum {string} */
            kind?:
              | 'threatAssessment'
              | 'receiverDecision'
              | 'destinationClearance'
              | 'arrival'
              | 'followUp1'
              | 'followUp3'
              | 'followUp6'
              | 'transferAnswer'
              | 'ivoDecision'
              | 'transferEffective'
              | 'placementAcknowledgement'
              | 'threatReassessment'
              | 'outcome6'
              | 'outcome12'
              | 'schoolPlacement';
            ownerOrganisationId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineScheduled the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineScheduled';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineMet the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineMet the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineMet';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineCancelled the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** @enum {string} */
            reason?: 'stateLeft' | 'suspended' | 'caseEnded';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineCancelled the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineCancelled';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineExtended the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** Format: date-time */
            dueAt?: string;
            /** Format: date-time */
            escalateAt?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineExtended the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineExtended';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineMissed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** Format: date-time */
            dueAt?: string;
            /** @enum {string} */
            kind?:
              | 'threatAssessment'
              | 'receiverDecision'
              | 'destinationClearance'
              | 'arrival'
              | 'followUp1'
              | 'followUp3'
              | 'followUp6'
              | 'transferAnswer'
              | 'ivoDecision'
              | 'transferEffective'
              | 'placementAcknowledgement'
              | 'threatReassessment'
              | 'outcome6'
              | 'outcome12'
              | 'schoolPlacement';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineMissed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineMissed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of EscalationRaised the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** @enum {string} */
            kind?:
              | 'threatAssessment'
              | 'receiverDecision'
              | 'destinationClearance'
              | 'arrival'
              | 'followUp1'
              | 'followUp3'
              | 'followUp6'
              | 'transferAnswer'
              | 'ivoDecision'
              | 'transferEffective'
              | 'placementAcknowledgement'
              | 'threatReassessment'
              | 'outcome6'
              | 'outcome12'
              | 'schoolPlacement';
            level?: 1 | 2;
            notify?: string[];
            suggestion?: ('ivoApplication' | 'proposeAnotherMunicipality') | null;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of EscalationRaised the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'EscalationRaised';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HandlerAssigned the caller may see (organisation ids may read "withheld") */
          changes: {
            organisationId?: string;
            userId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HandlerAssigned the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HandlerAssigned';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HandlerUnassigned the caller may see (organisation ids may read "withheld") */
          changes: {
            organisationId?: string;
            userId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HandlerUnassigned the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HandlerUnassigned';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of CaseErased the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            reason?: 'retention' | 'operatorRequest';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of CaseErased the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'CaseErased';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of PlacedDirectly the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
            placingMunicipalityCode?: string;
            /** Format: date */
            plannedMoveDate?: string;
            unitId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of PlacedDirectly the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'PlacedDirectly';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DirectPlacementAcknowledged the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DirectPlacementAcknowledged the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DirectPlacementAcknowledged';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ThreatReassessed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            level?: 'low' | 'elevated' | 'high' | 'severe';
            /** @enum {string} */
            track?: 'defector' | 'personSecurity';
            /** Format: date */
            validUntil?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ThreatReassessed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            details?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ThreatReassessed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of LocationCompromised the caller may see (organisation ids may read "withheld") */
          changes: {
            exclusionZone?:
              | {
                  code: string;
                  /** @constant */
                  kind: 'municipality';
                }
              | {
                  code: string;
                  /** @constant */
                  kind: 'county';
                };
            municipalityCode?: string;
            /** Format: uuid */
            renewedRelocationId?: string;
            /** @enum {string} */
            urgency?: 'acute' | 'planned';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of LocationCompromised the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'LocationCompromised';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IdentityChanged the caller may see (organisation ids may read "withheld") */
          changes: {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IdentityChanged the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            identity?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IdentityChanged';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of OutcomeRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            month?: 6 | 12;
            /** @enum {string} */
            outcome?:
              | 'stillLivingThere'
              | 'movedOnByChoice'
              | 'relocatedAfterLeak'
              | 'returned'
              | 'lostContact'
              | 'deceased'
              | 'unknown';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of OutcomeRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            notes?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'OutcomeRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HouseholdMemberAdded the caller may see (organisation ids may read "withheld") */
          changes: {
            birthYear?: number | null;
            guardianConsent?: ('allGuardians' | 'missing') | null;
            /** Format: uuid */
            memberId?: string;
            protectedIdentity?: boolean;
            /** @enum {string} */
            role?: 'adult' | 'child';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HouseholdMemberAdded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            consent?: components['schemas']['JsonValue'];
            identity?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HouseholdMemberAdded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HouseholdMemberRemoved the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            memberId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HouseholdMemberRemoved the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HouseholdMemberRemoved';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ChildViewRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            heardOn?: string;
            /** Format: uuid */
            memberId?: string;
            /** @enum {string} */
            weight?: 'ownWishesCarryWeight' | 'heardAsMaturityAllows';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ChildViewRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            view?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ChildViewRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ChildImpactAssessmentRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            memberId?: string;
            /** @enum {string} */
            stage?: 'beforeProposal' | 'beforeAcceptance';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ChildImpactAssessmentRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            assessment?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ChildImpactAssessmentRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ChildPlacementApplicationRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            appliedOn?: string;
            /** Format: uuid */
            memberId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ChildPlacementApplicationRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reference?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ChildPlacementApplicationRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ChildPlacementDecisionRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            decidedOn?: string;
            /** Format: uuid */
            memberId?: string;
            /** @enum {string} */
            outcome?: 'placementAllowed' | 'placementRefused';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ChildPlacementDecisionRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reference?: components['schemas']['JsonValue'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ChildPlacementDecisionRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of SchoolPlacementRequired the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            memberId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of SchoolPlacementRequired the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'SchoolPlacementRequired';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of SchoolPlacementRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            memberId?: string;
            /** Format: date */
            startsOn?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of SchoolPlacementRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'SchoolPlacementRecorded';
          withheld: string[];
        };
    HistoryEntryInput:
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of RelocationInitiated the caller may see (organisation ids may read "withheld") */
          changes: {
            carriedResponsibility?: {
              bosattningskommun: {
                municipalityCode: string;
                since: string;
                /** @enum {string} */
                source:
                  | 'caseOpened'
                  | 'arrival'
                  | 'directPlacement'
                  | 'transferAgreed'
                  | 'ivoDecisionFinal'
                  | 'personSettled'
                  | 'arrivalV1'
                  | 'renewedRelocation';
              } | null;
              responsible: {
                municipalityCode: string;
                since: string;
                /** @enum {string} */
                source:
                  | 'caseOpened'
                  | 'arrival'
                  | 'directPlacement'
                  | 'transferAgreed'
                  | 'ivoDecisionFinal'
                  | 'personSettled'
                  | 'arrivalV1'
                  | 'renewedRelocation';
              };
            };
            exclusionZones?: (
              | {
                  code: string;
                  /** @constant */
                  kind: 'municipality';
                }
              | {
                  code: string;
                  /** @constant */
                  kind: 'county';
                }
            )[];
            household?: {
              adults: number;
              childrenAges: number[];
            };
            /** Format: uuid */
            householdId?: string;
            needs?: (
              | 'housing'
              | 'protectedHousing'
              | 'incomeSupport'
              | 'addictionCare'
              | 'psychiatricCare'
              | 'debtAdvice'
              | 'school'
              | 'contactPerson'
            )[];
            previousRelocationId?: string | null;
            protectedIdentity?: boolean;
            /** Format: uuid */
            relocationId?: string;
            sendingMunicipalityCode?: string;
            /** @enum {string} */
            urgency?: 'acute' | 'planned';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of RelocationInitiated the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            person?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'RelocationInitiated';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ConsentRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            consentDate?: string;
            parties?: ('police' | 'coordinator' | 'receivingMunicipality')[];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ConsentRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            documentReference?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ConsentRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ConsentWithdrawn the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            withdrawnOn?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ConsentWithdrawn the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ConsentWithdrawn';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of RelocationSubmitted the caller may see (organisation ids may read "withheld") */
          changes: {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of RelocationSubmitted the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'RelocationSubmitted';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ThreatAssessmentRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            exclusionZones?: (
              | {
                  code: string;
                  /** @constant */
                  kind: 'municipality';
                }
              | {
                  code: string;
                  /** @constant */
                  kind: 'county';
                }
            )[];
            /** @enum {string} */
            level?: 'low' | 'elevated' | 'high' | 'severe';
            /** @enum {string} */
            track?: 'defector' | 'personSecurity';
            /** Format: date */
            validUntil?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ThreatAssessmentRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            details?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ThreatAssessmentRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ThreatEscalated the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            effect?: 'reassessment' | 'acceptanceLapsed' | 'clearanceRequired';
            exclusionZones?: (
              | {
                  code: string;
                  /** @constant */
                  kind: 'municipality';
                }
              | {
                  code: string;
                  /** @constant */
                  kind: 'county';
                }
            )[];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ThreatEscalated the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ThreatEscalated';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ReceivingMunicipalityProposed the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ReceivingMunicipalityProposed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ReceivingMunicipalityProposed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HandoverAccepted the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            housingType?: 'ownLease' | 'acuteHousing' | 'protectedHousing';
            municipalityCode?: string;
            /** Format: date */
            plannedMoveDate?: string;
            providerId?: string | null;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HandoverAccepted the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            receptionPlan?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HandoverAccepted';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HandoverDeclined the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
            /** @enum {string} */
            reasonCategory?: 'noHousing' | 'noCapacity' | 'threatSituation' | 'other';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HandoverDeclined the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HandoverDeclined';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DestinationClearanceGranted the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DestinationClearanceGranted the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DestinationClearanceGranted';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DestinationClearanceRefused the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DestinationClearanceRefused the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DestinationClearanceRefused';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ArrivalConfirmed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            arrivedOn?: string;
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ArrivalConfirmed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ArrivalConfirmed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ResponsibilityTransferred the caller may see (organisation ids may read "withheld") */
          changes: {
            effectiveFrom?: string | null;
            fromMunicipalityCode?: string;
            /** @enum {string} */
            source?: 'transferAgreed' | 'ivoDecisionFinal' | 'personSettled' | 'arrivalV1';
            toMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ResponsibilityTransferred the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ResponsibilityTransferred';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of PersonSettled the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
            /** Format: date */
            settledOn?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of PersonSettled the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'PersonSettled';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of LedgerEntryRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            entry?: 'vistelsekommun' | 'placingMunicipality';
            municipalityCode?: string;
            /** Format: date */
            since?: string;
            /** @enum {string} */
            source?:
              | 'caseOpened'
              | 'arrival'
              | 'directPlacement'
              | 'transferAgreed'
              | 'ivoDecisionFinal'
              | 'personSettled'
              | 'arrivalV1'
              | 'renewedRelocation';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of LedgerEntryRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'LedgerEntryRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of TransferRequested the caller may see (organisation ids may read "withheld") */
          changes: {
            fromMunicipalityCode?: string;
            /** Format: date */
            requestedOn?: string;
            toMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of TransferRequested the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            personView?: components['schemas']['JsonValueInput'];
            reasons?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'TransferRequested';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of TransferAgreed the caller may see (organisation ids may read "withheld") */
          changes: {
            costAgreement?: {
              payerMunicipalityCode: string;
              /** Format: date */
              since: string;
            } | null;
            /** Format: date */
            effectiveFrom?: string;
            toMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of TransferAgreed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'TransferAgreed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of TransferRefused the caller may see (organisation ids may read "withheld") */
          changes: {
            toMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of TransferRefused the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reasons?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'TransferRefused';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IvoApplicationRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            after?: 'refusal' | 'noAnswer';
            /** Format: date */
            appliedOn?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IvoApplicationRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reference?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IvoApplicationRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IvoDecisionRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            appealUntil?: string;
            /** Format: date */
            decidedOn?: string;
            /** Format: date */
            receivedOn?: string;
            responsibleMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IvoDecisionRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IvoDecisionRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IvoDecisionAppealed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            appealedOn?: string;
            appellantMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IvoDecisionAppealed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IvoDecisionAppealed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IvoDecisionBecameFinal the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            finalOn?: string;
            responsibleMunicipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IvoDecisionBecameFinal the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IvoDecisionBecameFinal';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of FollowUpRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            month?: 1 | 3 | 6;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of FollowUpRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            notes?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'FollowUpRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of CaseClosed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            outcome?: 'settled' | 'movedOn' | 'returned' | 'other' | 'relocatedAgain';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of CaseClosed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            notes?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'CaseClosed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of CaseSuspended the caller may see (organisation ids may read "withheld") */
          changes: {
            paused?: {
              /** @enum {string} */
              kind:
                | 'threatAssessment'
                | 'receiverDecision'
                | 'destinationClearance'
                | 'arrival'
                | 'followUp1'
                | 'followUp3'
                | 'followUp6'
                | 'transferAnswer'
                | 'ivoDecision'
                | 'transferEffective'
                | 'placementAcknowledgement'
                | 'threatReassessment'
                | 'outcome6'
                | 'outcome12'
                | 'schoolPlacement';
              ownerOrganisationId: string;
              remainingMs: number;
            }[];
            /** @enum {string} */
            suspendedFrom?:
              | 'threatAssessment'
              | 'matching'
              | 'awaitingReceiverDecision'
              | 'destinationClearance'
              | 'awaitingArrival'
              | 'followUp';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of CaseSuspended the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'CaseSuspended';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of CaseResumed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            resumedTo?:
              | 'threatAssessment'
              | 'matching'
              | 'awaitingReceiverDecision'
              | 'destinationClearance'
              | 'awaitingArrival'
              | 'followUp';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of CaseResumed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'CaseResumed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of RelocationAborted the caller may see (organisation ids may read "withheld") */
          changes: {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of RelocationAborted the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'RelocationAborted';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineScheduled the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** Format: date-time */
            dueAt?: string;
            /** Format: date-time */
            escalateAt?: string;
            /** @enum {string} */
            kind?:
              | 'threatAssessment'
              | 'receiverDecision'
              | 'destinationClearance'
              | 'arrival'
              | 'followUp1'
              | 'followUp3'
              | 'followUp6'
              | 'transferAnswer'
              | 'ivoDecision'
              | 'transferEffective'
              | 'placementAcknowledgement'
              | 'threatReassessment'
              | 'outcome6'
              | 'outcome12'
              | 'schoolPlacement';
            ownerOrganisationId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineScheduled the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineScheduled';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineMet the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineMet the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineMet';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineCancelled the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** @enum {string} */
            reason?: 'stateLeft' | 'suspended' | 'caseEnded';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineCancelled the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineCancelled';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineExtended the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** Format: date-time */
            dueAt?: string;
            /** Format: date-time */
            escalateAt?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineExtended the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineExtended';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DeadlineMissed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** Format: date-time */
            dueAt?: string;
            /** @enum {string} */
            kind?:
              | 'threatAssessment'
              | 'receiverDecision'
              | 'destinationClearance'
              | 'arrival'
              | 'followUp1'
              | 'followUp3'
              | 'followUp6'
              | 'transferAnswer'
              | 'ivoDecision'
              | 'transferEffective'
              | 'placementAcknowledgement'
              | 'threatReassessment'
              | 'outcome6'
              | 'outcome12'
              | 'schoolPlacement';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DeadlineMissed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DeadlineMissed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of EscalationRaised the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            deadlineId?: string;
            /** @enum {string} */
            kind?:
              | 'threatAssessment'
              | 'receiverDecision'
              | 'destinationClearance'
              | 'arrival'
              | 'followUp1'
              | 'followUp3'
              | 'followUp6'
              | 'transferAnswer'
              | 'ivoDecision'
              | 'transferEffective'
              | 'placementAcknowledgement'
              | 'threatReassessment'
              | 'outcome6'
              | 'outcome12'
              | 'schoolPlacement';
            level?: 1 | 2;
            notify?: string[];
            suggestion?: ('ivoApplication' | 'proposeAnotherMunicipality') | null;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of EscalationRaised the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'EscalationRaised';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HandlerAssigned the caller may see (organisation ids may read "withheld") */
          changes: {
            organisationId?: string;
            userId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HandlerAssigned the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HandlerAssigned';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HandlerUnassigned the caller may see (organisation ids may read "withheld") */
          changes: {
            organisationId?: string;
            userId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HandlerUnassigned the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HandlerUnassigned';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of CaseErased the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            reason?: 'retention' | 'operatorRequest';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of CaseErased the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'CaseErased';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of PlacedDirectly the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
            placingMunicipalityCode?: string;
            /** Format: date */
            plannedMoveDate?: string;
            unitId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of PlacedDirectly the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'PlacedDirectly';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of DirectPlacementAcknowledged the caller may see (organisation ids may read "withheld") */
          changes: {
            municipalityCode?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of DirectPlacementAcknowledged the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'DirectPlacementAcknowledged';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ThreatReassessed the caller may see (organisation ids may read "withheld") */
          changes: {
            /** @enum {string} */
            level?: 'low' | 'elevated' | 'high' | 'severe';
            /** @enum {string} */
            track?: 'defector' | 'personSecurity';
            /** Format: date */
            validUntil?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ThreatReassessed the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            details?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ThreatReassessed';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of LocationCompromised the caller may see (organisation ids may read "withheld") */
          changes: {
            exclusionZone?:
              | {
                  code: string;
                  /** @constant */
                  kind: 'municipality';
                }
              | {
                  code: string;
                  /** @constant */
                  kind: 'county';
                };
            municipalityCode?: string;
            /** Format: uuid */
            renewedRelocationId?: string;
            /** @enum {string} */
            urgency?: 'acute' | 'planned';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of LocationCompromised the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reason?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'LocationCompromised';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of IdentityChanged the caller may see (organisation ids may read "withheld") */
          changes: {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of IdentityChanged the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            identity?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'IdentityChanged';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of OutcomeRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            month?: 6 | 12;
            /** @enum {string} */
            outcome?:
              | 'stillLivingThere'
              | 'movedOnByChoice'
              | 'relocatedAfterLeak'
              | 'returned'
              | 'lostContact'
              | 'deceased'
              | 'unknown';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of OutcomeRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            notes?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'OutcomeRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HouseholdMemberAdded the caller may see (organisation ids may read "withheld") */
          changes: {
            birthYear?: number | null;
            guardianConsent?: ('allGuardians' | 'missing') | null;
            /** Format: uuid */
            memberId?: string;
            protectedIdentity?: boolean;
            /** @enum {string} */
            role?: 'adult' | 'child';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HouseholdMemberAdded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            consent?: components['schemas']['JsonValueInput'];
            identity?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HouseholdMemberAdded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of HouseholdMemberRemoved the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            memberId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of HouseholdMemberRemoved the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'HouseholdMemberRemoved';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ChildViewRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            heardOn?: string;
            /** Format: uuid */
            memberId?: string;
            /** @enum {string} */
            weight?: 'ownWishesCarryWeight' | 'heardAsMaturityAllows';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ChildViewRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            view?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ChildViewRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ChildImpactAssessmentRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            memberId?: string;
            /** @enum {string} */
            stage?: 'beforeProposal' | 'beforeAcceptance';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ChildImpactAssessmentRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            assessment?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ChildImpactAssessmentRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ChildPlacementApplicationRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            appliedOn?: string;
            /** Format: uuid */
            memberId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ChildPlacementApplicationRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reference?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ChildPlacementApplicationRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of ChildPlacementDecisionRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: date */
            decidedOn?: string;
            /** Format: uuid */
            memberId?: string;
            /** @enum {string} */
            outcome?: 'placementAllowed' | 'placementRefused';
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of ChildPlacementDecisionRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            reference?: components['schemas']['JsonValueInput'];
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'ChildPlacementDecisionRecorded';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of SchoolPlacementRequired the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            memberId?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of SchoolPlacementRequired the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'SchoolPlacementRequired';
          withheld: string[];
        }
      | {
          actor: {
            organisationId: string;
            role: string;
            userId?: string;
          };
          /** @description The plain fields of SchoolPlacementRecorded the caller may see (organisation ids may read "withheld") */
          changes: {
            /** Format: uuid */
            memberId?: string;
            /** Format: date */
            startsOn?: string;
          } & {
            [key: string]: unknown;
          };
          /** @constant */
          erased?: true;
          globalPosition: string;
          occurredAt: string;
          revision: number;
          /** @description The sealed fields of SchoolPlacementRecorded the caller may see, opened (texts, or the identity and plan objects) */
          sealed: {
            [key: string]: unknown;
          };
          /** @constant */
          type: 'SchoolPlacementRecorded';
          withheld: string[];
        };
    HouseholdMember: {
      birthYear: number | null;
      /** @enum {string} */
      court: 'none' | 'applied' | 'placementAllowed' | 'placementRefused';
      guardianConsent: ('allGuardians' | 'missing') | null;
      identity?: components['schemas']['Identity'];
      impactAssessed: boolean;
      impactAssessedForAcceptance: boolean;
      memberId: string;
      pseudonym: string;
      /** @enum {string} */
      role: 'adult' | 'child';
      /** @enum {string} */
      schoolPlacement: 'notRequired' | 'required' | 'placed';
      viewRecorded: boolean;
    };
    HouseholdMemberInput: {
      birthYear: number | null;
      /** @enum {string} */
      court: 'none' | 'applied' | 'placementAllowed' | 'placementRefused';
      guardianConsent: ('allGuardians' | 'missing') | null;
      identity?: components['schemas']['IdentityInput'];
      impactAssessed: boolean;
      impactAssessedForAcceptance: boolean;
      memberId: string;
      pseudonym: string;
      /** @enum {string} */
      role: 'adult' | 'child';
      /** @enum {string} */
      schoolPlacement: 'notRequired' | 'required' | 'placed';
      viewRecorded: boolean;
    };
    HouseholdRelocations: {
      households: {
        byYear: {
          relocations: number;
          year: string;
        }[];
        cases: {
          initiatedAt: string;
          previousRelocationId: string | null;
          relocationId: string;
          sendingMunicipalityCode: string | null;
          status: string;
        }[];
        householdId: string;
        relocations: number;
      }[];
      years: {
        households: number;
        relocations: number;
        renewed: number;
        year: string;
      }[];
    };
    HouseholdRelocationsInput: {
      households: {
        byYear: {
          relocations: number;
          year: string;
        }[];
        cases: {
          initiatedAt: string;
          previousRelocationId: string | null;
          relocationId: string;
          sendingMunicipalityCode: string | null;
          status: string;
        }[];
        householdId: string;
        relocations: number;
      }[];
      years: {
        households: number;
        relocations: number;
        renewed: number;
        year: string;
      }[];
    };
    Identity: {
      name: string;
      personalIdentityNumber: string;
      /** @enum {string} */
      protectionLevel: 'none' | 'confidentialAddress' | 'protectedRegistration' | 'assumedIdentity';
    };
    IdentityHistoryEntry: {
      decidedOn: string | null;
      name: string;
      personalIdentityNumber: string;
      /** @enum {string} */
      protectionLevel: 'none' | 'confidentialAddress' | 'protectedRegistration' | 'assumedIdentity';
    };
    IdentityHistoryEntryInput: {
      decidedOn: string | null;
      name: string;
      personalIdentityNumber: string;
      /** @enum {string} */
      protectionLevel: 'none' | 'confidentialAddress' | 'protectedRegistration' | 'assumedIdentity';
    };
    IdentityInput: {
      name: string;
      personalIdentityNumber: string;
      /** @enum {string} */
      protectionLevel: 'none' | 'confidentialAddress' | 'protectedRegistration' | 'assumedIdentity';
    };
    JsonValue:
      | string
      | number
      | boolean
      | null
      | components['schemas']['JsonValue'][]
      | {
          [key: string]: components['schemas']['JsonValue'];
        };
    JsonValueInput:
      | string
      | number
      | boolean
      | null
      | components['schemas']['JsonValueInput'][]
      | {
          [key: string]: components['schemas']['JsonValueInput'];
        };
    ProposableMunicipalities: {
      /** @description Kommunkoder a proposal may name now: not sending, excluded, declined or refused */
      municipalityCodes: string[];
      relocationId: string;
    };
    ProposableMunicipalitiesInput: {
      /** @description Kommunkoder a proposal may name now: not sending, excluded, declined or refused */
      municipalityCodes: string[];
      relocationId: string;
    };
    ProviderUnit: {
      id: string;
      /** @description On the Swedish date of the request */
      mayOperateToday: boolean;
      name: string;
      operator: string;
      permits: {
        /** Format: date */
        from: string;
        /** @enum {string} */
        status: 'granted' | 'appliedMayOperate' | 'municipalNotified' | 'revoked';
        /** Format: date */
        to?: string;
      }[];
      premisesMunicipality: string;
      /** @enum {string} */
      serviceType: 'protectedHousing' | 'hvb' | 'supportedHousing';
      /** @enum {string} */
      source: 'file' | 'administrator';
      updatedAt: string;
      /** @description Send it back in If-Match to change the unit */
      version: number;
    };
    ProviderUnitBody: {
      name: string;
      operator: string;
      permits: {
        /** Format: date */
        from: string;
        /** @enum {string} */
        status: 'granted' | 'appliedMayOperate' | 'municipalNotified' | 'revoked';
        /** Format: date */
        to?: string;
      }[];
      premisesMunicipality: string;
      /** @enum {string} */
      serviceType: 'protectedHousing' | 'hvb' | 'supportedHousing';
    };
    ProviderUnitBodyInput: {
      name: string;
      operator: string;
      permits: {
        /** Format: date */
        from: string;
        /** @enum {string} */
        status: 'granted' | 'appliedMayOperate' | 'municipalNotified' | 'revoked';
        /** Format: date */
        to?: string;
      }[];
      premisesMunicipality: string;
      /** @enum {string} */
      serviceType: 'protectedHousing' | 'hvb' | 'supportedHousing';
    };
    ProviderUnitChange: {
      occurredAt: string;
      recordedBy: {
        organisationId: string;
        subject: string;
      };
      /** @enum {string} */
      source: 'file' | 'administrator';
      unit: {
        id: string;
        name: string;
        operator: string;
        permits: {
          /** Format: date */
          from: string;
          /** @enum {string} */
          status: 'granted' | 'appliedMayOperate' | 'municipalNotified' | 'revoked';
          /** Format: date */
          to?: string;
        }[];
        premisesMunicipality: string;
        /** @enum {string} */
        serviceType: 'protectedHousing' | 'hvb' | 'supportedHousing';
      };
      version: number;
    };
    ProviderUnitChangeInput: {
      occurredAt: string;
      recordedBy: {
        organisationId: string;
        subject: string;
      };
      /** @enum {string} */
      source: 'file' | 'administrator';
      unit: {
        id: string;
        name: string;
        operator: string;
        permits: {
          /** Format: date */
          from: string;
          /** @enum {string} */
          status: 'granted' | 'appliedMayOperate' | 'municipalNotified' | 'revoked';
          /** Format: date */
          to?: string;
        }[];
        premisesMunicipality: string;
        /** @enum {string} */
        serviceType: 'protectedHousing' | 'hvb' | 'supportedHousing';
      };
      version: number;
    };
    ProviderUnitInput: {
      id: string;
      /** @description On the Swedish date of the request */
      mayOperateToday: boolean;
      name: string;
      operator: string;
      permits: {
        /** Format: date */
        from: string;
        /** @enum {string} */
        status: 'granted' | 'appliedMayOperate' | 'municipalNotified' | 'revoked';
        /** Format: date */
        to?: string;
      }[];
      premisesMunicipality: string;
      /** @enum {string} */
      serviceType: 'protectedHousing' | 'hvb' | 'supportedHousing';
      /** @enum {string} */
      source: 'file' | 'administrator';
      updatedAt: string;
      /** @description Send it back in If-Match to change the unit */
      version: number;
    };
    ReceptionPlanDetails: {
      address: string | null;
      contactPerson: {
        name: string;
        phone: string;
      };
    };
    ReceptionPlanDetailsInput: {
      address: string | null;
      contactPerson: {
        name: string;
        phone: string;
      };
    };
    ResponsibilityLedger: {
      bosattningskommun: {
        municipalityCode: string;
        since: string;
        source: string;
      } | null;
      costAgreement: {
        payerMunicipalityCode: string;
        since: string;
        source: string;
      } | null;
      placingMunicipality: {
        municipalityCode: string;
        since: string;
        source: string;
      } | null;
      responsible: {
        municipalityCode: string;
        since: string;
        source: string;
      } | null;
      vistelsekommun: {
        municipalityCode: string;
        since: string;
        source: string;
      } | null;
    };
    ResponsibilityLedgerInput: {
      bosattningskommun: {
        municipalityCode: string;
        since: string;
        source: string;
      } | null;
      costAgreement: {
        payerMunicipalityCode: string;
        since: string;
        source: string;
      } | null;
      placingMunicipality: {
        municipalityCode: string;
        since: string;
        source: string;
      } | null;
      responsible: {
        municipalityCode: string;
        since: string;
        source: string;
      } | null;
      vistelsekommun: {
        municipalityCode: string;
        since: string;
        source: string;
      } | null;
    };
    Statistics: {
      /** @description k: no published count is between 1 and k-1 */
      minimumHouseholds: number;
      stages: components['schemas']['StatisticsStage'][];
      tables: components['schemas']['StatisticsTable'][];
      years: string[];
    };
    StatisticsInput: {
      /** @description k: no published count is between 1 and k-1 */
      minimumHouseholds: number;
      stages: components['schemas']['StatisticsStageInput'][];
      tables: components['schemas']['StatisticsTableInput'][];
      years: string[];
    };
    StatisticsStage: {
      /** @description households; null when withheld (fewer than k, or could reveal one) */
      households: number | null;
      medianSeconds: number | null;
      p90Seconds: number | null;
      /** @enum {string} */
      stage:
        | 'draft'
        | 'threatAssessment'
        | 'matching'
        | 'awaitingReceiverDecision'
        | 'destinationClearance'
        | 'awaitingArrival'
        | 'followUp'
        | 'suspended';
      year: string;
    };
    StatisticsStageInput: {
      /** @description households; null when withheld (fewer than k, or could reveal one) */
      households: number | null;
      medianSeconds: number | null;
      p90Seconds: number | null;
      /** @enum {string} */
      stage:
        | 'draft'
        | 'threatAssessment'
        | 'matching'
        | 'awaitingReceiverDecision'
        | 'destinationClearance'
        | 'awaitingArrival'
        | 'followUp'
        | 'suspended';
      year: string;
    };
    StatisticsTable: {
      cells: (number | null)[][];
      /** @description the categories of the dimension */
      columns: string[];
      columnTotals: (number | null)[];
      /** @enum {string} */
      name:
        | 'county'
        | 'policeRegion'
        | 'urgency'
        | 'threatLevel'
        | 'adults'
        | 'children'
        | 'youngestChild'
        | 'route'
        | 'housing'
        | 'declineReason'
        | 'transfer'
        | 'ending'
        | 'outcome6'
        | 'outcome12'
        | 'relocation';
      /** @description years of initiation */
      rows: string[];
      rowTotals: (number | null)[];
      /** @description households; null when withheld (fewer than k, or could reveal one) */
      total: number | null;
    };
    StatisticsTableInput: {
      cells: (number | null)[][];
      /** @description the categories of the dimension */
      columns: string[];
      columnTotals: (number | null)[];
      /** @enum {string} */
      name:
        | 'county'
        | 'policeRegion'
        | 'urgency'
        | 'threatLevel'
        | 'adults'
        | 'children'
        | 'youngestChild'
        | 'route'
        | 'housing'
        | 'declineReason'
        | 'transfer'
        | 'ending'
        | 'outcome6'
        | 'outcome12'
        | 'relocation';
      /** @description years of initiation */
      rows: string[];
      rowTotals: (number | null)[];
      /** @description households; null when withheld (fewer than k, or could reveal one) */
      total: number | null;
    };
    ThreatDetails: {
      policeCaseReference: string;
      recommendation: string;
    };
    ThreatDetailsInput: {
      policeCaseReference: string;
      recommendation: string;
    };
    TransferMatter: {
      appealUntil: string | null;
      effectiveFrom: string | null;
      fromMunicipalityCode: string;
      ivoAppliedOn: string | null;
      ivoDecisionReceivedOn: string | null;
      ivoResponsibleMunicipalityCode: string | null;
      requestedOn: string;
      stage: string;
      toMunicipalityCode: string;
    };
    TransferMatterInput: {
      appealUntil: string | null;
      effectiveFrom: string | null;
      fromMunicipalityCode: string;
      ivoAppliedOn: string | null;
      ivoDecisionReceivedOn: string | null;
      ivoResponsibleMunicipalityCode: string | null;
      requestedOn: string;
      stage: string;
      toMunicipalityCode: string;
    };
    ValidationIssue: {
      message: string;
      /** @description Where: body.person.name, headers.if-match, querystring.limit, ... */
      path: string;
    };
    ValidationIssueInput: {
      message: string;
      /** @description Where: body.person.name, headers.if-match, querystring.limit, ... */
      path: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  InitiateRelocation: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          exclusionZones: (
            | {
                code: string;
                /** @enum {string} */
                kind: 'municipality';
              }
            | {
                code: string;
                /** @enum {string} */
                kind: 'county';
              }
          )[];
          household: {
            adults: number;
            childrenAges: number[];
          };
          needs: (
            | 'housing'
            | 'protectedHousing'
            | 'incomeSupport'
            | 'addictionCare'
            | 'psychiatricCare'
            | 'debtAdvice'
            | 'school'
            | 'contactPerson'
          )[];
          person: {
            name: string;
            personalIdentityNumber: string;
            /** @enum {string} */
            protectionLevel: 'none' | 'confidentialAddress' | 'protectedRegistration' | 'assumedIdentity';
          };
          /** @enum {string} */
          urgency: 'acute' | 'planned';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  AbortRelocation: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  AcceptHandover: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: string;
          contactPerson: {
            name: string;
            phone: string;
          };
          housing:
            | {
                /** @enum {string} */
                type: 'ownLease';
              }
            | {
                /** @enum {string} */
                type: 'acuteHousing';
              }
            | {
                providerId: string;
                /** @enum {string} */
                type: 'protectedHousing';
              };
          /** Format: date */
          plannedMoveDate: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordChildImpactAssessment: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bestInterests: string;
          contactWithOtherParent: string;
          health: string;
          /** Format: uuid */
          memberId: string;
          school: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordChildPlacementApplication: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          appliedOn: string;
          courtReference: string;
          /** Format: uuid */
          memberId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordChildPlacementDecision: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          courtReference: string;
          /** Format: date */
          decidedOn: string;
          /** Format: uuid */
          memberId: string;
          /** @enum {string} */
          outcome: 'placementAllowed' | 'placementRefused';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordChildView: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          heardOn: string;
          /** Format: uuid */
          memberId: string;
          view: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  GrantDestinationClearance: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  CloseCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          notes?: string;
          /** @enum {string} */
          outcome: 'settled' | 'movedOn' | 'returned' | 'other';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  ConfirmArrival: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          arrivedOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordConsent: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          consentDate: string;
          documentReference: string;
          parties: ('police' | 'coordinator' | 'receivingMunicipality')[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  DeclineHandover: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /** @enum {string} */
          reasonCategory: 'noHousing' | 'noCapacity' | 'threatSituation' | 'other';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  AcknowledgeDirectPlacement: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  PlaceDirectly: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          municipalityCode: string;
          /** Format: date */
          plannedMoveDate: string;
          reason: string;
          unitId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  EscalateThreat: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          exclusionZones: (
            | {
                code: string;
                /** @enum {string} */
                kind: 'municipality';
              }
            | {
                code: string;
                /** @enum {string} */
                kind: 'county';
              }
          )[];
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  ExtendDeadline: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          deadlineId: string;
          /** Format: date-time */
          dueAt: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordFollowUp: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          month: 1 | 3 | 6;
          notes: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  AssignHandler: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          userId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  AddHouseholdMember: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          consent:
            | {
                /** Format: date */
                consentDate: string;
                documentReference: string;
                /** @enum {string} */
                kind: 'own';
              }
            | {
                /** Format: date */
                consentDate: string;
                documentReference: string;
                /** @enum {string} */
                kind: 'allGuardians';
              }
            | {
                documentReference?: string;
                /** @enum {string} */
                kind: 'guardianMissing';
              };
          /** Format: uuid */
          memberId?: string;
          person: {
            name: string;
            personalIdentityNumber: string;
            /** @enum {string} */
            protectionLevel: 'none' | 'confidentialAddress' | 'protectedRegistration' | 'assumedIdentity';
          };
          /** @enum {string} */
          role: 'adult' | 'child';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  ChangeIdentity: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          decidedOn: string;
          name: string;
          personalIdentityNumber: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordIvoAppeal: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          appealedOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordIvoApplication: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          appliedOn: string;
          reference: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordIvoDecisionFinal: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          finalOn: string;
          responsibleMunicipalityCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordIvoDecision: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          decidedOn: string;
          /** Format: date */
          receivedOn: string;
          responsibleMunicipalityCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordLocationCompromised: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          exclusion: 'municipality' | 'county';
          reason: string;
          /** @enum {string} */
          urgency: 'acute' | 'planned';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordOutcome: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          month: 6 | 12;
          notes?: string;
          /** @enum {string} */
          outcome:
            | 'stillLivingThere'
            | 'movedOnByChoice'
            | 'relocatedAfterLeak'
            | 'returned'
            | 'lostContact'
            | 'deceased'
            | 'unknown';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordPersonSettled: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          municipalityCode: string;
          /** Format: date */
          settledOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  ProposeReceivingMunicipality: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          municipalityCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RefuseDestinationClearance: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RemoveHouseholdMember: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          memberId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  ResumeCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordSchoolPlacement: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          memberId: string;
          /** Format: date */
          startsOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  SubmitRelocation: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  SuspendCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RecordThreatAssessment: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          exclusionZones: (
            | {
                code: string;
                /** @enum {string} */
                kind: 'municipality';
              }
            | {
                code: string;
                /** @enum {string} */
                kind: 'county';
              }
          )[];
          /** @enum {string} */
          level: 'low' | 'elevated' | 'high' | 'severe';
          policeCaseReference: string;
          recommendation: string;
          /** @enum {string} */
          track?: 'defector' | 'personSecurity';
          /** Format: date */
          validUntil: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  ReassessThreat: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          level: 'low' | 'elevated' | 'high' | 'severe';
          policeCaseReference: string;
          recommendation: string;
          /** @enum {string} */
          track?: 'defector' | 'personSecurity';
          /** Format: date */
          validUntil: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  AgreeTransfer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          costAgreement?: {
            payerMunicipalityCode: string;
            /** Format: date */
            since: string;
          };
          /** Format: date */
          effectiveFrom: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RefuseTransfer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reasons: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  RequestTransfer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          personView: string;
          reasons: string;
          toMunicipalityCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  UnassignHandler: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          userId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
  WithdrawConsent: {
    parameters: {
      query?: never;
      header?: {
        /** @description A random key (a UUID) per request: a retry of the same request answers the first response (Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again. */
        'idempotency-key'?: string;
        'if-match'?: string;
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          withdrawnOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error400'];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error401'];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error403'];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error404'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error409'];
        };
      };
      /** @description Default Response */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error412'];
        };
      };
      /** @description Default Response */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error413'];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error415'];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error422'];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error429'];
        };
      };
      /** @description Default Response */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error500'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error503'];
        };
      };
    };
  };
}
