/** A value of one column in a COPY text row: null is SQL NULL; objects go as JSON (for json and jsonb columns). */
export type CopyValue = string | number | bigint | boolean | null | object;

const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A column's text with the four characters COPY's text format gives a meaning escaped. */
const escaped = (text: string): string =>
  SPECIAL.test(text) ? text.replace(SPECIALS, (character) => ESCAPES[character] as string) : text;

/**
 * One row in PostgreSQL's COPY text format, its newline included: columns separated by tabs, NULL as `\N`, and a
 * backslash, newline, carriage return or tab inside a value escaped with a backslash. Each value is given as the
 * column's input text would be (a number, a timestamp in ISO 8601, a uuid); objects and arrays are written as JSON.
 */
export function copyTextRow(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (i > 0) line += '\t';
    if (value === null || value === undefined) line += '\\N';
    else if (typeof value === 'string') line += escaped(value);
    else if (typeof value === 'object') line += copyTextJson(value);
    else line += String(value);
  }
  return `${line}\n`;
}

/**
 * A value as a json column's text in a COPY text row. JSON text holds no raw newline, carriage return or tab
 * (JSON.stringify escapes them): of the four characters, only its backslashes need escaping, found by a plain scan
 * instead of a pattern.
 */
function copyTextJson(value: object): string {
  const json = JSON.stringify(value);
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}
