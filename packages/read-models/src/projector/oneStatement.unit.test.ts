import { describe, expect, it } from 'vitest';
import { gatheredWrites, oneStatement } from './oneStatement.ts';

describe('gathered writes', () => {
  it('join into one statement, each but the last a WITH query, parameters numbered on', () => {
    expect(
      oneStatement([
        { text: 'INSERT INTO a VALUES ($1, $2)', params: ['x', 1] },
        { text: 'UPDATE b SET v = $2 WHERE k = $1', params: ['k', 'v'] },
        { text: 'INSERT INTO c VALUES ($1), ($10)', params: [true, ...Array<null>(9).fill(null)] },
      ]),
    ).toEqual({
      text: 'WITH w0 AS (INSERT INTO a VALUES ($1, $2)),\nw1 AS (UPDATE b SET v = $4 WHERE k = $3)\nINSERT INTO c VALUES ($5), ($14)',
      params: ['x', 1, 'k', 'v', true, ...Array<null>(9).fill(null)],
    });
  });

  it('send one statement as it is, and none when nothing was gathered', async () => {
    const sent: { text: string; params: readonly unknown[] | undefined }[] = [];
    const on = {
      query: async <R>(text: string, params?: readonly unknown[]): Promise<R[]> => {
        sent.push({ text, params });
        return [];
      },
    };
    const writes = gatheredWrites();
    await writes.run(on);
    expect(sent).toEqual([]);
    expect(await writes.query('DELETE FROM a WHERE k = $1', ['k'])).toEqual([]);
    await writes.run(on);
    expect(sent).toEqual([{ text: 'DELETE FROM a WHERE k = $1', params: ['k'] }]);
    // What ran is not sent again.
    await writes.run(on);
    expect(sent).toHaveLength(1);
  });
});
