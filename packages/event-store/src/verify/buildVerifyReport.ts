import type { VerifyProblem, VerifyReport } from '../port.ts';
import type { StreamToVerify } from './types.ts';
import { verifyStream } from './verifyStream.ts';

/**
 * Verifies streams one at a time (so only one stream is held in memory) and adds up the report. Adapters produce
 * the streams from their storage; `extraProblems` carries findings of their own, such as global-feed gaps.
 */
export async function buildVerifyReport(
  streams: AsyncIterable<StreamToVerify> | Iterable<StreamToVerify>,
  extraProblems: readonly VerifyProblem[] = [],
): Promise<VerifyReport> {
  let streamsChecked = 0;
  let eventsChecked = 0;
  const problems: VerifyProblem[] = [...extraProblems];
  for await (const stream of streams) {
    streamsChecked += 1;
    eventsChecked += stream.events.length;
    problems.push(...verifyStream(stream));
  }
  return { ok: problems.length === 0, streamsChecked, eventsChecked, problems };
}
