import { z } from 'zod';
import { domainEventSchema } from './event.ts';
import { eventVersions } from './event.ts';
import type { EventType } from './eventData.ts';

/** An event as stored: its type, the version of its shape, its data and metadata (without the version). */
export interface StoredEventInput {
  readonly type: string;
  readonly version: number;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** Turns the data of version n of an event type into version n + 1. Pure; never seals or opens anything. */
type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upcasters by event type and the version they start from. Rules for evolving an event: never change a stored
 * event; raise the type's version in `eventVersions`; add the upcaster from the previous version here; record a
 * fixture of the old shape first (testing/fixtures/v1) and prove it still loads, replays and projects.
 */
const upcasters: { readonly [T in EventType]?: Readonly<Record<number, Upcaster>> } = {
  RelocationInitiated: {
    /** 1 -> 2: every case was its household's first: the household is known by the case's own id. */
    1: (data) => ({
      ...data,
      householdId: data.householdId ?? data.relocationId,
      previousRelocationId: data.previousRelocationId ?? null,
    }),
  },
  ConsentRecorded: {
    /** 1 -> 2: the document reference was stored in clear; it is carried as what it is (`unsealedV1`). */
    1: (data) =>
      typeof data.documentReference === 'string'
        ? { ...data, documentReference: { unsealedV1: data.documentReference } }
        : data,
  },
  HandoverDeclined: {
    /** 1 -> 2: `securityConcern` is a threat situation; `needsNotMet` has no category of its own any more. */
    1: (data) => ({
      ...data,
      reasonCategory: declineCategoryV2[String(data.reasonCategory)] ?? data.reasonCategory,
    }),
  },
  ThreatAssessmentRecorded: {
    /** 1 -> 2: the engine was built for defector cases; an assessment without a track was one. */
    1: (data) => ({ ...data, track: 'defector' }),
  },
  ResponsibilityTransferred: {
    /** 1 -> 2: version 1 moved responsibility on arrival, at the event's own time. */
    1: (data) => ({ ...data, source: 'arrivalV1', effectiveFrom: null }),
  },
};

const declineCategoryV2: Readonly<Record<string, string>> = {
  securityConcern: 'threatSituation',
  needsNotMet: 'other',
};

const isEventType = (type: string): type is EventType => Object.hasOwn(eventVersions, type);

/** The stored event in its current shape (unknown types and versions pass through for the schema to refuse). */
export function upcastStoredEvent(stored: StoredEventInput): StoredEventInput {
  if (!isEventType(stored.type)) return stored;
  let { version, data } = stored;
  const steps = upcasters[stored.type] ?? {};
  while (version < eventVersions[stored.type]) {
    const step = steps[version];
    if (step === undefined || typeof data !== 'object' || data === null || Array.isArray(data)) break;
    data = step(data as Record<string, unknown>);
    version += 1;
  }
  return version === stored.version ? stored : { ...stored, version, data };
}

type EventSchema = (typeof domainEventSchema.options)[number];

const eventSchemaByType = new Map<string, EventSchema>(
  domainEventSchema.options.map((option) => [option.shape.type.value, option]),
);
const compiledEventSchemas = new Map<string, EventSchema>();

/**
 * The schema of one event type, compiled by zod (`z.compile`) into a validator of its own on first use. Compiled
 * one type at a time, not as the whole union: the union compiles to one function of some 190 kB, larger than V8
 * optimises on Node 20. A compiled schema accepts and refuses exactly what its schema does (a refused event is
 * parsed again by the schema itself, for its issues); a schema zod cannot compile is used as it is.
 */
function compiledEventSchema(type: string): EventSchema | undefined {
  let compiled = compiledEventSchemas.get(type);
  if (compiled === undefined) {
    const schema = eventSchemaByType.get(type);
    if (schema === undefined) return undefined;
    compiled = z.compile(schema);
    compiledEventSchemas.set(type, compiled);
  }
  return compiled;
}

/** Reads a stored event: upcast to the current shape, then validated (both readers, command and read side). */
export function parseStoredEvent(
  stored: StoredEventInput,
): z.ZodSafeParseResult<z.infer<typeof domainEventSchema>> {
  const current = upcastStoredEvent(stored);
  // An unknown type is refused by the union, which names the type among its issues.
  return (compiledEventSchema(current.type) ?? domainEventSchema).safeParse(current);
}
