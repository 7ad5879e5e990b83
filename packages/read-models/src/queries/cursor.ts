/** Thrown for a cursor this API did not hand out. */
export class InvalidCursorError extends Error {
  readonly statusCode = 400;
  readonly code = 'INVALID_CURSOR';

  constructor() {
    super('The cursor is not one this API handed out');
    this.name = 'InvalidCursorError';
  }
}

const PREFIX = 'c1.';

/** An opaque page cursor: the first-event position of the last case on the page. */
export function encodeCursor(firstPosition: bigint): string {
  return Buffer.from(`${PREFIX}${firstPosition}`).toString('base64url');
}

/** The largest value of a PostgreSQL bigint: a cursor or position beyond it is refused, not sent to SQL. */
export const MAX_BIGINT = 9_223_372_036_854_775_807n;

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString();
  const match = /^c1\.(\d{1,19})$/.exec(text);
  if (!match?.[1] || BigInt(match[1]) > MAX_BIGINT) throw new InvalidCursorError();
  return match[1];
}
