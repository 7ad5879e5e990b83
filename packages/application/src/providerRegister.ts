import {
  administratorChangeNeedsRecording,
  evolveRegisterEntry,
  fileUnitNeedsRecording,
  filterUnits,
  PROVIDER_REGISTER_STREAM,
  PROVIDER_UNIT_RECORDED,
  providerOfUnit,
  providerUnitRecordedSchema,
  type Provider,
  type ProviderFilter,
  type ProviderUnit,
  type ProviderUnitRecorded,
  type RegisterEntry,
} from '@relocation/domain';
import {
  WrongExpectedRevisionError,
  type EventStore,
  type Json,
  type RecordedEvent,
} from '@relocation/event-store';
import { PreconditionFailedError } from './errors.ts';

/** One change of a unit, as its history lists it. */
export interface ProviderHistoryEntry extends ProviderUnitRecorded {
  /** The register's revision at this change. */
  readonly revision: number;
}

export interface RecordUnitOptions {
  readonly recordedBy: ProviderUnitRecorded['recordedBy'];
  /** The unit's version the administrator last saw (`If-Match`; -1 for a new unit); another fails with 412. */
  readonly ifMatch?: number;
}

export interface RecordUnitResult {
  readonly entry: RegisterEntry;
  /** False when the unit was already exactly so and nothing was appended. */
  readonly changed: boolean;
}

export interface ProviderRegister {
  /** The units matching the filter, as they are now, by name. */
  list(filter?: ProviderFilter): Promise<RegisterEntry[]>;
  get(unitId: string): Promise<RegisterEntry | undefined>;
  /** Every change of the unit, oldest first; empty for an unknown unit. */
  history(unitId: string): Promise<ProviderHistoryEntry[]>;
  /** The units as `decide` checks them (the periods each may operate in). */
  providers(): Promise<readonly Provider[]>;
  /** An administrator's change (create or replace); an unchanged unit appends nothing. */
  record(unit: ProviderUnit, options: RecordUnitOptions): Promise<RecordUnitResult>;
  /** Records the units of the providers file that are new, or changed in the file since it last set them. */
  loadFile(
    units: readonly ProviderUnit[],
  ): Promise<{ readonly recorded: number; readonly unchanged: number }>;
}

export interface ProviderRegisterDependencies {
  readonly store: EventStore;
  readonly clock: () => Date;
  readonly newId: () => string;
}

const FILE_ACTOR = { organisationId: 'system', subject: 'providers-file' } as const;

/** A register event that does not parse: the stream is damaged or newer than this code. */
export class ProviderEventUnreadableError extends Error {
  readonly code = 'UNREADABLE_EVENT';

  constructor(event: RecordedEvent, options?: ErrorOptions) {
    super(`Event ${event.revision} of ${event.streamName} is not a provider register event.`, options);
    this.name = 'ProviderEventUnreadableError';
  }
}

function parseRecorded(event: RecordedEvent): ProviderUnitRecorded {
  if (event.type !== PROVIDER_UNIT_RECORDED) throw new ProviderEventUnreadableError(event);
  const parsed = providerUnitRecordedSchema.safeParse(event.data);
  if (!parsed.success) throw new ProviderEventUnreadableError(event, { cause: parsed.error });
  return parsed.data;
}

/**
 * The provider register over the event store: its history is one hash-chained stream, verified like the cases'.
 * Every read first catches up with the stream (one indexed read from the last revision seen), so each API process
 * sees the others' changes without a cache to invalidate.
 */
export function createProviderRegister(deps: ProviderRegisterDependencies): ProviderRegister {
  const { store } = deps;
  const entries = new Map<string, RegisterEntry>();
  const history: ProviderHistoryEntry[] = [];
  let revision = -1;
  let reading: Promise<void> | undefined;
  let nextRead: Promise<void> | undefined;

  const readNew = async (): Promise<void> => {
    for await (const event of store.readStream(PROVIDER_REGISTER_STREAM, { fromRevision: revision + 1 })) {
      if (event.revision !== revision + 1) continue;
      const data = parseRecorded(event);
      entries.set(data.unit.id, evolveRegisterEntry(entries.get(data.unit.id), data, event.revision));
      history.push({ ...data, revision: event.revision });
      revision = event.revision;
    }
  };

  /**
   * One read at a time. A caller arriving while one is on its way may have to see a write that read predates, so
   * it waits for the next read, which every caller arriving meanwhile shares: one read for all of them.
   */
  const catchUp = (): Promise<void> => {
    if (reading === undefined) {
      reading = readNew().finally(() => {
        reading = undefined;
      });
      return reading;
    }
    nextRead ??= reading
      .catch(() => undefined)
      .then(() => {
        nextRead = undefined;
        return catchUp();
      });
    return nextRead;
  };

  /** Appends the change at the revision it was decided on; false when another writer got in first. */
  const append = async (
    unit: ProviderUnit,
    source: ProviderUnitRecorded['source'],
    recordedBy: ProviderUnitRecorded['recordedBy'],
    decidedAt: number,
  ): Promise<boolean> => {
    const data: ProviderUnitRecorded = { unit, source, recordedBy, occurredAt: deps.clock().toISOString() };
    try {
      await store.appendToStream(
        PROVIDER_REGISTER_STREAM,
        [{ id: deps.newId(), type: PROVIDER_UNIT_RECORDED, data: data as unknown as Json, metadata: {} }],
        { expectedRevision: decidedAt === -1 ? 'no_stream' : decidedAt },
      );
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return false;
      throw error;
    }
    await catchUp();
    return true;
  };

  return {
    async list(filter = {}) {
      await catchUp();
      return filterUnits(
        [...entries.values()].map((entry) => entry.unit),
        filter,
      ).map((unit) => entries.get(unit.id)!);
    },
    async get(unitId) {
      await catchUp();
      return entries.get(unitId);
    },
    async history(unitId) {
      await catchUp();
      return history.filter((change) => change.unit.id === unitId);
    },
    async providers() {
      await catchUp();
      return [...entries.values()].map((entry) => providerOfUnit(entry.unit));
    },
    async record(unit, options) {
      for (let attempt = 1; ; attempt += 1) {
        await catchUp();
        const decidedAt = revision;
        const current = entries.get(unit.id);
        const version = current?.revision ?? -1;
        if (options.ifMatch !== undefined && options.ifMatch !== version) {
          throw new PreconditionFailedError(options.ifMatch, version);
        }
        if (!administratorChangeNeedsRecording(current, unit)) return { entry: current!, changed: false };
        // Another unit changed meanwhile: decide again on the register as it is now (the unit's If-Match holds).
        if (await append(unit, 'administrator', options.recordedBy, decidedAt)) {
          return { entry: entries.get(unit.id)!, changed: true };
        }
        if (attempt >= 5) throw new Error('the provider register kept changing; try again');
      }
    },
    async loadFile(units) {
      let recorded = 0;
      for (const unit of units) {
        for (let attempt = 1; ; attempt += 1) {
          await catchUp();
          const decidedAt = revision;
          if (!fileUnitNeedsRecording(entries.get(unit.id), unit)) break;
          if (await append(unit, 'file', FILE_ACTOR, decidedAt)) {
            recorded += 1;
            break;
          }
          if (attempt >= 5) throw new Error('the provider register kept changing while the file was loaded');
        }
      }
      return { recorded, unchanged: units.length - recorded };
    },
  };
}
