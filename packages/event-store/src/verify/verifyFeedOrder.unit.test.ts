import { describe, expect, it } from 'vitest';
import { verifyFeedOrder } from './verifyFeedOrder.ts';

const at = (streamName: string, revision: number, position: number) => ({
  streamName,
  revision,
  globalPosition: BigInt(position),
});

describe('verifyFeedOrder', () => {
  it('accepts a feed with increasing positions and per-stream revisions', async () => {
    expect(await verifyFeedOrder([at('a', 0, 1), at('b', 0, 2), at('a', 1, 5), at('b', 1, 9)])).toEqual([]);
  });

  it('reports a position that does not increase', async () => {
    const problems = await verifyFeedOrder([at('a', 0, 1), at('b', 0, 3), at('c', 0, 3)]);
    expect(problems.map((problem) => [problem.kind, problem.streamName, problem.globalPosition])).toEqual([
      ['reordered', 'c', 3n],
    ]);
  });

  it("reports a stream's revisions delivered out of order or twice", async () => {
    const problems = await verifyFeedOrder([at('a', 1, 1), at('a', 0, 2), at('b', 0, 3), at('b', 0, 4)]);
    expect(problems.map((problem) => `${problem.streamName}@${problem.revision}`)).toEqual(['a@0', 'b@0']);
  });
});
