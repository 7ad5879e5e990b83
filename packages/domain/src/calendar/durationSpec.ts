import { z } from 'zod';
import { isIsoDuration } from './isoDuration.ts';

/**
 * How long a party has for something: a number of Swedish business days, or an ISO-8601 duration
 * (calendar units such as `P1M`, or exact time such as `PT30S` so tests can use seconds).
 */
export type DurationSpec = { kind: 'businessDays'; days: number } | { kind: 'iso'; duration: string };

/** Upper bound on business days, so a typo in configuration cannot make deadline arithmetic run for ages. */
export const maxBusinessDays = 2600;

const businessDaysSchema = z.object({
  kind: z.literal('businessDays'),
  days: z
    .number()
    .min(0, 'Business days cannot be negative')
    .max(maxBusinessDays, `Business days cannot exceed ${maxBusinessDays} (about ten years)`)
    .refine(Number.isInteger, 'Business days must be a whole number'),
});

const isoSchema = z.object({
  kind: z.literal('iso'),
  duration: z.string().refine(isIsoDuration, {
    error: (issue) =>
      `Not an ISO-8601 duration with non-negative whole units (e.g. P1M, P2DT3H, PT30S): ${JSON.stringify(issue.input)}`,
  }),
});

const compactBusinessDays = /^(\d+)\s*(?:bd|business\s+days?)$/i;

/** Reads the compact string form: "2bd", "2 bd", "10 business days", "P1M", "PT5S". */
export function parseDurationSpec(text: string): DurationSpec | undefined {
  const trimmed = text.trim();
  const businessDays = compactBusinessDays.exec(trimmed);
  if (businessDays) return { kind: 'businessDays', days: Number(businessDays[1]) };
  const upper = trimmed.toUpperCase();
  if (isIsoDuration(upper)) return { kind: 'iso', duration: upper };
  return undefined;
}

const notADuration = (input: unknown): string =>
  `Not a duration: ${JSON.stringify(input)}; write business days as "2bd" or "2 business days", an ISO-8601 duration ` +
  `such as "P1M" or "PT30S", or an object { kind: 'businessDays', days } or { kind: 'iso', duration }`;

const compactSchema = z
  .string()
  .refine((text) => parseDurationSpec(text) !== undefined, { error: (issue) => notADuration(issue.input) })
  .transform((text) => parseDurationSpec(text));

const objectSchema = z.discriminatedUnion('kind', [businessDaysSchema, isoSchema]);

/** Accepts `{ kind, ... }` objects or the compact string form, and always yields a checked DurationSpec object. */
export const durationSpecSchema = z.union([objectSchema, compactSchema.pipe(objectSchema)], {
  error: (issue) => notADuration(issue.input),
});

/** The compact string form of a spec: "2bd" or the ISO-8601 duration itself. */
export function formatDurationSpec(spec: DurationSpec): string {
  switch (spec.kind) {
    case 'businessDays':
      return `${spec.days}bd`;
    case 'iso':
      return spec.duration;
    default: {
      const _exhaustive: never = spec;
      return _exhaustive;
    }
  }
}
