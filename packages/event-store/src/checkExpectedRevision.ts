import { WrongExpectedRevisionError } from './errors.ts';
import type { ExpectedRevision } from './port.ts';

/**
 * Compares an append's expected revision with the stream's actual last revision ('no_stream' when it has no events)
 * and throws WrongExpectedRevisionError on a mismatch. Adapters call it inside the transaction (or lock) that appends.
 */
export function checkExpectedRevision(
  streamName: string,
  expected: ExpectedRevision,
  actual: number | 'no_stream',
): void {
  if (!expectedRevisionMatches(expected, actual)) {
    throw new WrongExpectedRevisionError(streamName, expected, actual);
  }
}

export function expectedRevisionMatches(expected: ExpectedRevision, actual: number | 'no_stream'): boolean {
  if (expected === 'any') return true;
  return expected === actual;
}
