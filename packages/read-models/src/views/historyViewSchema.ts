import { eventDataSchemas, eventTypes, sealedEnvelopeSchema, type EventType } from '@relocation/domain';
import { z } from 'zod';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Any JSON value: what an event's fields hold (strings, numbers, lists and objects of them). */
export const jsonValueSchema: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(jsonValueSchema),
      z.record(z.string(), jsonValueSchema),
    ]),
  )
  .meta({ id: 'JsonValue' });

/** An envelope of the right shape: a field whose schema accepts it holds sealed (personal) data. */
const sampleEnvelope = { v: 2, alg: 'A256GCM', keyId: 'k', iv: 'AA', ct: 'AA', tag: 'AA' };
sealedEnvelopeSchema.parse(sampleEnvelope);

/** The event's fields split as the history splits them: plain ones keep their schema, sealed ones are named. */
function fieldsOf(type: EventType): { plain: Record<string, z.ZodType>; sealed: string[] } {
  const plain: Record<string, z.ZodType> = {};
  const sealed: string[] = [];
  for (const [field, schema] of Object.entries(eventDataSchemas[type].shape as Record<string, z.ZodType>)) {
    if (schema.safeParse(sampleEnvelope).success) sealed.push(field);
    else plain[field] = schema;
  }
  return { plain, sealed };
}

/**
 * One entry per event type, so a client knows each type's fields: `changes` holds the event's plain fields with
 * their own schemas (organisation ids may read `withheld`, see organisationLabel), `sealed` the sealed fields by
 * name, opened; every field is optional because any of them may be withheld from the caller. Objects stay open to
 * fields a later version of the event adds.
 */
function entrySchemaFor(type: EventType) {
  const { plain, sealed } = fieldsOf(type);
  return z.object({
    revision: z.number().int(),
    globalPosition: z.string(),
    type: z.literal(type),
    occurredAt: z.string(),
    /** The acting organisation (or `withheld`) and role; the user id only to the actor's own organisation. */
    actor: z.object({ organisationId: z.string(), role: z.string(), userId: z.string().optional() }),
    changes: z
      .looseObject(plain)
      .partial()
      .describe(`The plain fields of ${type} the caller may see (organisation ids may read "withheld")`),
    sealed: z
      .looseObject(Object.fromEntries(sealed.map((field) => [field, jsonValueSchema])))
      .partial()
      .describe(
        `The sealed fields of ${type} the caller may see, opened (texts, or the identity and plan objects)`,
      ),
    /** Names of the fields left out for this caller. */
    withheld: z.array(z.string()),
    erased: z.literal(true).optional(),
  });
}

type EntrySchema = ReturnType<typeof entrySchemaFor>;
const [firstType, ...otherTypes] = eventTypes;
if (firstType === undefined) throw new Error('no event types');

/** A history entry, told apart by its event `type`. */
export const historyEntryViewSchema = z
  .discriminatedUnion('type', [entrySchemaFor(firstType), ...otherTypes.map(entrySchemaFor)] as [
    EntrySchema,
    ...EntrySchema[],
  ])
  .meta({ id: 'HistoryEntry' });

/** What `historyViewFor` builds: the entry of any type, its fields as JSON. */
export interface HistoryEntryView {
  readonly revision: number;
  readonly globalPosition: string;
  readonly type: EventType;
  readonly occurredAt: string;
  readonly actor: { organisationId: string; role: string; userId?: string };
  readonly changes: Record<string, JsonValue>;
  readonly sealed: Record<string, JsonValue>;
  readonly withheld: string[];
  readonly erased?: true;
}

export const historyViewSchema = z.object({
  relocationId: z.string(),
  entries: z.array(historyEntryViewSchema),
});

export type HistoryView = z.infer<typeof historyViewSchema>;
