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

export const historyEntryViewSchema = z.object({
  revision: z.number().int(),
  globalPosition: z.string(),
  type: z.string(),
  occurredAt: z.string(),
  /** The acting organisation (or `withheld`) and role; the user id only to the actor's own organisation. */
  actor: z.object({ organisationId: z.string(), role: z.string(), userId: z.string().optional() }),
  /** The plain fields the caller may see, organisations named as `organisationLabel` allows. */
  changes: z
    .record(z.string(), jsonValueSchema)
    .describe('The event’s plain fields the caller may see, by field name (as the event records them)'),
  /** The sealed fields the caller may see, opened. */
  sealed: z
    .record(z.string(), jsonValueSchema)
    .describe(
      'The event’s sealed fields the caller may see, opened (texts, or the identity and plan objects)',
    ),
  /** Names of the fields left out for this caller. */
  withheld: z.array(z.string()),
  erased: z.literal(true).optional(),
});

export const historyViewSchema = z.object({
  relocationId: z.string(),
  entries: z.array(historyEntryViewSchema),
});

export type HistoryEntryView = z.infer<typeof historyEntryViewSchema>;
export type HistoryView = z.infer<typeof historyViewSchema>;
