import { describe, expect, it } from 'vitest';
import { copyTextRow } from './copyText.ts';

describe('a COPY text row', () => {
  it('separates columns by tabs, ends in a newline and writes NULL as \\N', () => {
    expect(copyTextRow(['a', 1, 2n, true, null])).toBe('a\t1\t2\ttrue\t\\N\n');
  });

  it('escapes a backslash, newline, carriage return and tab inside a value, and nothing else', () => {
    expect(copyTextRow(['a\\b\nc\rd\te', 'å "quoted" \\N'])).toBe('a\\\\b\\nc\\rd\\te\tå "quoted" \\\\N\n');
  });

  it('writes objects and arrays as JSON, escaped like any text', () => {
    expect(copyTextRow([{ text: 'line\none', path: 'C:\\x' }, ['a\tb']])).toBe(
      '{"text":"line\\\\none","path":"C:\\\\\\\\x"}\t["a\\\\tb"]\n',
    );
  });
});
