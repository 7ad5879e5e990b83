import { z } from 'zod';

/*
 * Text the engine stores must be text every part of it can write: PostgreSQL's jsonb (the read models) refuses
 * U+0000, and no JSON serialiser can carry a lone UTF-16 surrogate exactly. Both used to pass validation, be
 * appended, and then stop the projector for good. With the `u` flag a surrogate pair is one code point, so
 * `\p{Cs}` matches only unpaired surrogates.
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const shortTextPattern = /^[^\u0000-\u001F\u007F\p{Cs}]*$/u;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const longTextPattern = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\p{Cs}]*$/u;

const shortTextMessage = 'Control characters and unpaired surrogates are not allowed';
const longTextMessage =
  'Control characters other than tab and line breaks, and unpaired surrogates, are not allowed';

export interface TextOptions {
  /** The most characters (UTF-16 code units) allowed. */
  readonly max: number;
  /** The fewest characters; default 1 (an empty or, when trimmed, blank text is refused). */
  readonly min?: number;
  /** The message when the text is shorter than `min`. */
  readonly minError?: string;
  /** The message when the text is longer than `max`. */
  readonly maxError?: string;
  /** Trim surrounding whitespace before checking; default true. Contracts that pass text on unchanged say false. */
  readonly trim?: boolean;
}

function textSchema(pattern: RegExp, message: string, options: TextOptions) {
  const base = options.trim === false ? z.string() : z.string().trim();
  return base
    .min(options.min ?? 1, options.minError === undefined ? undefined : { error: options.minError })
    .max(options.max, { error: options.maxError ?? `At most ${options.max} characters` })
    .regex(pattern, { error: message });
}

/**
 * One line of text (a name, a reference, a user id): no C0 control character (U+0000-U+001F), no DEL, no
 * unpaired surrogate. The one text type for every short string of every command and Kafka contract.
 */
export function shortText(options: TextOptions) {
  return textSchema(shortTextPattern, shortTextMessage, options);
}

/**
 * Free text over several lines (a reason, notes, a recommendation): like `shortText`, but tab, line feed and
 * carriage return are allowed.
 */
export function longText(options: TextOptions) {
  return textSchema(longTextPattern, longTextMessage, options);
}

/** Whether a string is short text (no control character, no unpaired surrogate), e.g. for ids from tokens. */
export const isShortText = (value: string): boolean => shortTextPattern.test(value);
