import {
  authorize,
  caseAccessOf,
  commandsCheckingProviders,
  decide,
  domainError,
  encodeRelocationEvent,
  evolve,
  initialState,
  relocationIdOfStream,
  relocationStreamName,
  requestOf,
} from '@relocation/domain';
import type {
  Command,
  DeadlinePolicy,
  DomainError,
  DomainErrorCode,
  DecideContext,
  DomainEvent,
  Provider,
  RelocationState,
} from '@relocation/domain';
import { WrongExpectedRevisionError } from '@relocation/event-store';
import type { EventStore, IdempotentAppend } from '@relocation/event-store';
import { LRUCache } from 'lru-cache';
import {
  CommandRejectedError,
  ConcurrentUpdateError,
  IdempotencyKeyReusedError,
  PreconditionFailedError,
} from './errors.ts';
import { namespacedIdempotencyKey, requestFingerprint } from './idempotencyKey.ts';
import { loadRelocation } from './loadRelocation.ts';
import { deferredSeal } from './deferredSeal.ts';
import type { CaseSealer } from './deferredSeal.ts';
import { writeRenewedCase } from './renewedCase.ts';
import type { CaseOpenerFn } from './renewedCase.ts';
import { currentTraceparent, inSpan, inSpanSync } from '@relocation/tracing';

export type { CaseSealer };

export interface CommandHandlerDependencies {
  readonly store: EventStore;
  /**
   * Gets (or creates) the case's data key and returns a synchronous sealer; called only for accepted commands
   * that seal something.
   */
  readonly sealerFor: (relocationId: string) => Promise<CaseSealer>;
  /** The providers and their permits: a fixed list, or the register, read only for commands that check them. */
  readonly providers: readonly Provider[] | (() => Promise<readonly Provider[]>);
  readonly deadlinePolicy?: DeadlinePolicy;
  readonly clock: () => Date;
  readonly newId: () => string;
  /**
   * Opens a case's envelopes: needed only by RecordLocationCompromised, whose linked case carries the identity
   * over (re-sealed under the new case's key). Without it that command is refused as a configuration error.
   */
  readonly openerFor?: (relocationId: string) => Promise<CaseOpenerFn>;
  /** How many times a command is decided again after another writer got in first (default 3). */
  readonly maxAttempts?: number;
  /**
   * How many cases' last known state this handler keeps (default 1,000; 0: none). The next command on such a case
   * is decided without reading its stream; the append's expected revision still guards it, so a case another
   * writer (process) moved on is read again and decided anew.
   */
  readonly cachedCases?: number;
}

export interface HandleOptions {
  /** The revision the caller last saw (`If-Match`); a different current revision fails with 412. */
  readonly ifMatch?: number;
  /** The caller's `Idempotency-Key`; a retry returns the first result and appends nothing. */
  readonly idempotencyKey?: string;
}

export interface CommandResult {
  readonly relocationId: string;
  /** The case's revision after the command. */
  readonly revision: number;
  /** Global position of the command's last event (for read-your-writes on the read side). */
  readonly position: bigint;
  readonly state: RelocationState;
  readonly events: readonly DomainEvent[];
  /** True when an earlier command with the same idempotency key answered and nothing was appended. */
  readonly replayed: boolean;
}

export interface CommandHandler {
  handle(command: Command, options?: HandleOptions): Promise<CommandResult>;
}

/**
 * The write side: load the case, decide, append with optimistic concurrency. Rejections throw typed errors and
 * append nothing; a lost race is decided again on the new state (unless the caller pinned a revision).
 */
export function createCommandHandler(deps: CommandHandlerDependencies): CommandHandler {
  const { store } = deps;
  const maxAttempts = deps.maxAttempts ?? 3;
  const cachedCases = deps.cachedCases ?? 1_000;
  // The state each case had after this handler's last append to it (sealed values only, as in the stream).
  const knownStates =
    cachedCases > 0 ? new LRUCache<string, RelocationState>({ max: cachedCases }) : undefined;

  const providersFor = async (command: Command): Promise<readonly Provider[]> => {
    if (typeof deps.providers !== 'function') return deps.providers;
    return commandsCheckingProviders.has(command.type) ? deps.providers() : [];
  };

  const context = (
    seal: DecideContext['seal'],
    newId: () => string,
    providers: readonly Provider[],
  ): DecideContext => ({
    now: deps.clock().toISOString(),
    newId,
    seal,
    providers,
    ...(deps.deadlinePolicy === undefined ? {} : { deadlinePolicy: deps.deadlinePolicy }),
  });

  /**
   * The first answer to a key, for a retry of the same request: bound to the caller (the stored key), the command,
   * the case and the body (the fingerprint stored with the first command's events); anything else is a reuse of
   * the key (422). The caller's access is checked again on the case as it is now: a replay reveals nothing a new
   * request would not.
   */
  const replay = async (
    command: Command,
    first: IdempotentAppend,
    request: string | undefined,
  ): Promise<CommandResult> => {
    const relocationId = relocationIdOfStream(first.streamName);
    const sameCase = command.type === 'InitiateRelocation' || relocationId === command.relocationId;
    if (relocationId === null || !sameCase) throw new IdempotencyKeyReusedError();
    const [firstLast] = await collectOne(
      store.readStream(first.streamName, {
        fromRevision: first.nextRevision,
        direction: 'backwards',
        maxCount: 1,
      }),
    );
    // Events stored before keys were bound carry no fingerprint: those keys stay bound to caller and case only.
    const stored = firstLast === undefined ? undefined : requestOf(firstLast);
    if (request !== undefined && stored !== undefined && stored !== request) {
      throw new IdempotencyKeyReusedError();
    }
    const { state, events } = await loadRelocation(store, first.streamName, first.nextRevision);
    const causation = events.at(-1)?.metadata.causationId;
    const own: DomainEvent[] = [];
    for (let i = events.length - 1; i >= 0 && events[i]?.metadata.causationId === causation; i -= 1) {
      own.unshift(events[i] as DomainEvent);
    }
    const before = events.slice(0, events.length - own.length).reduce(evolve, initialState());
    const now = (await loadRelocation(store, first.streamName)).state;
    const denied = replayDenied(command, before, state, now);
    if (denied !== null) throw new CommandRejectedError(denied);
    return {
      relocationId,
      revision: state.revision,
      position: first.position,
      state,
      events: own,
      replayed: true,
    };
  };

  const attempt = async (
    command: Command,
    options: HandleOptions,
    key: string | undefined,
    request: string | undefined,
    fromKnownState: boolean,
  ): Promise<CommandResult | 'lost_race' | 'stale'> => {
    const streamName = relocationStreamName(command.relocationId);
    // A case being opened is decided on the empty state without reading its stream: its id is new, and should the
    // stream exist after all, the append's check refuses and the case is read and decided again.
    const opening = command.type === 'InitiateRelocation' ? initialState() : undefined;
    const known = fromKnownState ? (knownStates?.get(streamName) ?? opening) : undefined;
    const state = known ?? (await loadRelocation(store, streamName)).state;
    const providers = await providersFor(command);
    // Decided once; what it seals is sealed under the case's key only if it is accepted (deferredSeal.ts).
    const sealing = deferredSeal();
    const decision = inSpanSync('relocation.decide', { 'relocation.command.type': command.type }, () =>
      decide(command, state, context(sealing.seal, deps.newId, providers)),
    );
    const preconditionFailed = options.ifMatch !== undefined && options.ifMatch !== state.revision;
    if (known !== undefined && (!decision.ok || preconditionFailed)) {
      // Refused on the remembered state: another writer may have moved the case on, so it is read and decided again.
      knownStates?.delete(streamName);
      return 'stale';
    }
    if ((!decision.ok || preconditionFailed) && key !== undefined) {
      // A retry of a command that was handled: the first answer, not a refusal against the state it made. The key
      // is looked up only here: a command that can be appended carries its key to the store, which refuses a used
      // one atomically (`replayed` below), so the usual command costs no lookup.
      const first = await store.lookupIdempotencyKey(key);
      if (first !== undefined) return replay(command, first, request);
    }
    // An organisation outside the case learns nothing, not even its revision: "not found" comes first.
    if (!decision.ok && hidesCase(decision.error.code)) throw new CommandRejectedError(decision.error);
    if (preconditionFailed) throw new PreconditionFailedError(options.ifMatch, state.revision);
    if (!decision.ok) throw new CommandRejectedError(decision.error);
    const events = sealing.needed()
      ? sealing.sealEvents(decision.events, await deps.sealerFor(command.relocationId))
      : decision.events;
    try {
      const appended = await inSpan(
        'relocation.append',
        { 'relocation.event.count': events.length },
        async (span) => {
          const traceparent = currentTraceparent();
          const result = await store.appendToStream(
            streamName,
            events.map((event) => encodeRelocationEvent(event, { request, traceparent })),
            {
              expectedRevision: state.revision === -1 ? 'no_stream' : state.revision,
              ...(key === undefined ? {} : { idempotencyKey: key }),
            },
          );
          span.setAttribute('relocation.position', result.position.toString());
          return result;
        },
      );
      if (appended.replayed) {
        knownStates?.delete(streamName);
        // A retry racing its first attempt: the store knows which stream the first one went to.
        const first = key === undefined ? undefined : await store.lookupIdempotencyKey(key);
        return replay(
          command,
          first ?? { streamName, nextRevision: appended.nextRevision, position: appended.position },
          request,
        );
      }
      const after = events.reduce(evolve, state);
      knownStates?.set(streamName, after);
      return {
        relocationId: command.relocationId,
        revision: appended.nextRevision,
        position: appended.position,
        state: after,
        events,
        replayed: false,
      };
    } catch (error) {
      knownStates?.delete(streamName);
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (options.ifMatch !== undefined) {
        const current = typeof error.actual === 'number' ? error.actual : -1;
        throw new PreconditionFailedError(options.ifMatch, current);
      }
      return known === undefined ? 'lost_race' : 'stale';
    }
  };

  return {
    handle(command, options = {}) {
      return inSpan('relocation.command', { 'relocation.command.type': command.type }, (span) =>
        handleCommand(command, options).catch((error: unknown) => {
          if (error instanceof CommandRejectedError) {
            span.setAttribute('relocation.rejection.code', error.domainError.code);
          }
          throw error;
        }),
      );
    },
  };

  /**
   * A command that opens a linked case (RecordLocationCompromised, docs/design.md §3.4) appends to the old case
   * first, then writes the new one from the old case's events. If the process stops in between, repeating the
   * request (with the same Idempotency-Key, or without one) writes the missing case and answers as a replay.
   */
  async function handleCommand(command: Command, options: HandleOptions): Promise<CommandResult> {
    if (command.type !== 'RecordLocationCompromised') return handleOnce(command, options);
    const openerFor = deps.openerFor;
    if (openerFor === undefined) throw new Error('RecordLocationCompromised needs openerFor');
    const renewal = { store, sealerFor: deps.sealerFor, openerFor, newId: deps.newId };
    try {
      const result = await handleOnce(command, options);
      await writeRenewedCase(renewal, command.relocationId);
      return result;
    } catch (error) {
      if (!(error instanceof CommandRejectedError) || error.domainError.code !== 'NOT_ALLOWED_IN_STATE')
        throw error;
      const { state } = await loadRelocation(store, relocationStreamName(command.relocationId));
      const renewedId = state.renewedRelocationId;
      if (renewedId === null || authorize(command.type, command.actor, state) !== null) throw error;
      const renewed = await loadRelocation(store, relocationStreamName(renewedId), 0);
      if (renewed.events.length > 0) throw error;
      await writeRenewedCase(renewal, command.relocationId);
      const [last] = await collectOne(
        store.readStream(relocationStreamName(command.relocationId), { direction: 'backwards', maxCount: 1 }),
      );
      return {
        relocationId: command.relocationId,
        revision: state.revision,
        position: last?.globalPosition ?? 0n,
        state,
        events: [],
        replayed: true,
      };
    }
  }

  /** The command as it was handled before tracing wrapped it: replay, or attempts until no race is lost. */
  async function handleOnce(command: Command, options: HandleOptions): Promise<CommandResult> {
    const key =
      options.idempotencyKey === undefined
        ? undefined
        : namespacedIdempotencyKey(
            command.actor.organisationId,
            command.actor.userId,
            options.idempotencyKey,
          );
    const request =
      options.idempotencyKey === undefined ? undefined : requestFingerprint(command, options.idempotencyKey);
    // A remembered state that turns out stale costs one more reading, not one of the attempts.
    let fromKnownState = true;
    for (let n = 1; n <= maxAttempts;) {
      const result = await attempt(command, options, key, request, fromKnownState);
      if (result === 'stale') {
        fromKnownState = false;
        continue;
      }
      if (result !== 'lost_race') return result;
      fromKnownState = false;
      n += 1;
    }
    throw new ConcurrentUpdateError(maxAttempts);
  }
}

/**
 * A replay's access check: the caller must have been allowed the command on the case as it was before it (the
 * check the first request passed), and must still see the case now, unless the command itself took that away (a
 * municipality that declined). A caller unassigned, or left outside by a withdrawn consent, since gets the 404 of
 * an unknown case.
 */
function replayDenied(
  command: Command,
  before: RelocationState,
  after: RelocationState,
  now: RelocationState,
): DomainError | null {
  const denied = authorize(command.type, command.actor, before);
  if (denied !== null && (hidesCase(denied.code) || denied.code === 'FORBIDDEN_FOR_ROLE')) return denied;
  if (seesCase(command.actor, now) || !seesCase(command.actor, after)) return null;
  return domainError(
    'NOT_A_PARTICIPANT',
    'This case does not exist or is not shared with your organisation.',
  );
}

/** Sees the case as the read side would show it to them (the domain's `caseAccessOf`). */
function seesCase(actor: Command['actor'], state: RelocationState): boolean {
  const user = { organisationId: actor.organisationId, userId: actor.userId, roles: [actor.role] };
  return caseAccessOf(state, user) !== undefined;
}

async function collectOne<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  for await (const item of iterable) return [item];
  return [];
}

/** Rejections that must look the same whether or not the case exists. */
const hidesCase = (code: DomainErrorCode): boolean =>
  code === 'CASE_NOT_FOUND' || code === 'NOT_A_PARTICIPANT';
