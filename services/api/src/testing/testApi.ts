import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTokenVerifier,
  DEV_AUDIENCE,
  DEV_ISSUER,
  loadOrCreateDevSigningKey,
  mintDevToken,
} from '@relocation/access';
import type { DevSigningKey } from '@relocation/access';
import { createCommandHandler, loadRelocation } from '@relocation/application';
import type { CommandHandler, CommandHandlerDependencies, ProviderRegister } from '@relocation/application';
import { relocationStreamName, relocationStreamPrefix } from '@relocation/domain';
import type { Command, CommandPayload, CommandType, RelocationState } from '@relocation/domain';
import { fakeSeal, fakeUnseal, fixedClock, sampleProviders } from '@relocation/domain/testing';
import { createInMemoryEventStore } from '@relocation/event-store';
import type { EventStore, RecordedEvent } from '@relocation/event-store';
import type { FastifyBaseLogger, FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { AppDependencies } from '../app.ts';
import { isKnownMunicipality } from '../municipalities.ts';
import type { Party } from './parties.ts';

export interface TestApi {
  readonly app: FastifyInstance;
  readonly store: EventStore;
  readonly commands: CommandHandler;
  readonly signingKey: DevSigningKey;
  tokenFor(party: Party): Promise<string>;
  /** POST a command as the party: action '' is initiation, otherwise /v1/relocations/:id/<action>. */
  command(
    party: Party,
    action: string,
    relocationId: string | undefined,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  /** Issues a command straight through the handler (for setting a case up quickly). */
  given<T extends CommandType>(
    relocationId: string,
    party: Party,
    type: T,
    payload: CommandPayload<T>,
  ): Promise<void>;
  events(relocationId: string): Promise<RecordedEvent[]>;
  state(relocationId: string): Promise<RelocationState>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  readonly store?: EventStore;
  readonly logger?: FastifyBaseLogger;
  readonly sealerFor?: CommandHandlerDependencies['sealerFor'];
  /** Opens a case's envelopes for the command side (a renewed relocation re-seals the identity); default: the fake. */
  readonly commandOpenerFor?: CommandHandlerDependencies['openerFor'];
  readonly bodyLimitBytes?: number;
  readonly rateLimit?: AppDependencies['rateLimit'];
  /** With these the query routes are registered too. */
  readonly readModels?: AppDependencies['readModels'];
  readonly openerFor?: AppDependencies['openerFor'];
  readonly readWaitMs?: number;
  /** Where reads are recorded (default: a fresh in-memory access log). */
  readonly accessLog?: AppDependencies['accessLog'];
  readonly accessAlertDistinctCasesPerHour?: number;
  readonly metrics?: AppDependencies['metrics'];
  /** The bearer token GET /metrics requires (served only with `metrics` and a token). */
  readonly metricsToken?: string;
  readonly clock?: () => Date;
  /** For GET /v1/audit/verify: the comparison with the newest signed checkpoint. */
  readonly verifyCheckpoint?: AppDependencies['verifyCheckpoint'];
  /**
   * The console's routes and assets. `'dev'`: development sign-in with this API's signing key, assets from `dir`
   * (default: a directory without a build).
   */
  readonly console?: AppDependencies['console'] | { readonly mode: 'dev'; readonly dir?: string };
  readonly caseChanges?: AppDependencies['caseChanges'];
  readonly dashboard?: AppDependencies['dashboard'];
  readonly statistics?: AppDependencies['statistics'];
  /** Default: a local verifier of this API's development tokens. */
  readonly verifier?: AppDependencies['verifier'];
  /** With it, commands check providers in this register and the /v1/providers routes are registered. */
  readonly providerRegister?: ProviderRegister;
}

/** The app on an in-memory store (or the one given), the fake sealer and a development key in a temp dir. */
export async function createTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const store = options.store ?? createInMemoryEventStore();
  const clock = fixedClock();
  const signingKey = await loadOrCreateDevSigningKey(await mkdtemp(join(tmpdir(), 'relocation-api-test-')));
  const commands = createCommandHandler({
    store,
    sealerFor:
      options.sealerFor ?? (async (relocationId) => (field, value) => fakeSeal(relocationId, field, value)),
    openerFor:
      options.commandOpenerFor ??
      options.openerFor ??
      (async () => (envelope) => fakeUnseal(envelope as Parameters<typeof fakeUnseal>[0])),
    providers:
      options.providerRegister === undefined ? sampleProviders : () => options.providerRegister!.providers(),
    clock: () => new Date(clock.now()),
    newId: randomUUID,
  });
  const app = await buildApp({
    commands,
    verifier:
      options.verifier ??
      createTokenVerifier({
        mode: 'local',
        publicKey: signingKey.publicJwk,
        issuer: DEV_ISSUER,
        audience: DEV_AUDIENCE,
        isKnownMunicipality,
      }),
    storeReachable: async () => {
      await store.readAll({ batchSize: 1 });
    },
    clock: options.clock ?? (() => new Date(clock.now())),
    newId: randomUUID,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    bodyLimitBytes: options.bodyLimitBytes ?? 262_144,
    rateLimit: options.rateLimit ?? { max: 100_000, windowMs: 60_000, authFailuresMax: 100_000 },
    readWaitMs: options.readWaitMs ?? 0,
    ...(options.readModels === undefined ? {} : { readModels: options.readModels }),
    ...(options.openerFor === undefined ? {} : { openerFor: options.openerFor }),
    ...(options.accessLog === undefined ? {} : { accessLog: options.accessLog }),
    ...(options.metrics === undefined ? {} : { metrics: options.metrics }),
    ...(options.metricsToken === undefined ? {} : { metricsToken: options.metricsToken }),
    ...(options.accessAlertDistinctCasesPerHour === undefined
      ? {}
      : { accessAlertDistinctCasesPerHour: options.accessAlertDistinctCasesPerHour }),
    verifyEventStore: () => store.verify({ streamPrefix: relocationStreamPrefix }),
    ...(options.verifyCheckpoint === undefined ? {} : { verifyCheckpoint: options.verifyCheckpoint }),
    ...(options.caseChanges === undefined ? {} : { caseChanges: options.caseChanges }),
    ...(options.dashboard === undefined ? {} : { dashboard: options.dashboard }),
    ...(options.providerRegister === undefined ? {} : { providerRegister: options.providerRegister }),
    ...(options.statistics === undefined ? {} : { statistics: options.statistics }),
    ...(options.console === undefined
      ? {}
      : {
          console:
            'mode' in options.console
              ? {
                  dir: options.console.dir ?? join(tmpdir(), 'relocation-console-not-built'),
                  settings: { auth: { mode: 'dev' }, inactivityMinutes: 15, defaultLanguage: 'sv' },
                  devSigningKey: signingKey,
                }
              : options.console,
        }),
  });
  const tokens = new Map<string, string>();
  const tokenFor = async (party: Party): Promise<string> => {
    const key = JSON.stringify(party);
    const known = tokens.get(key);
    if (known !== undefined) return known;
    const token = await mintDevToken({
      key: signingKey,
      sub: party.sub,
      org: party.org,
      roles: party.roles,
      isKnownMunicipality,
    });
    tokens.set(key, token);
    return token;
  };
  return {
    app,
    store,
    commands,
    signingKey,
    tokenFor,
    async command(party, action, relocationId, body, headers = {}) {
      const url = action === '' ? '/v1/relocations' : `/v1/relocations/${relocationId ?? ''}/${action}`;
      return app.inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${await tokenFor(party)}`, ...headers },
        payload: body as Record<string, unknown>,
      });
    },
    async given(relocationId, party, type, payload) {
      await commands.handle({
        type,
        relocationId,
        commandId: randomUUID(),
        correlationId: randomUUID(),
        actor: { userId: party.sub, organisationId: party.org, role: party.roles[0] ?? 'caseworker' },
        payload,
      } as Command);
    },
    async events(relocationId) {
      const events: RecordedEvent[] = [];
      for await (const event of store.readStream(relocationStreamName(relocationId))) events.push(event);
      return events;
    },
    async state(relocationId) {
      return (await loadRelocation(store, relocationStreamName(relocationId))).state;
    },
    close: () => app.close(),
  };
}
