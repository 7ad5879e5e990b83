import { z } from 'zod';
import { longText } from './text.ts';

/** An absolute instant in ISO-8601 UTC form, as produced by `Date.prototype.toISOString`. */
export const isoInstantSchema = z.iso.datetime({
  error: 'Must be an ISO-8601 UTC timestamp, e.g. 2026-03-02T09:00:00.000Z',
});

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({ error: 'Must be a date in the form YYYY-MM-DD' });

export const uuidSchema = z.uuid({ error: 'Must be a UUID' });

/** Free text shown to caseworkers; bounded so a request cannot carry a document. */
export const reasonTextSchema = longText({
  max: 2000,
  minError: 'Give a reason',
  maxError: 'Keep the text under 2000 characters',
});
