import type { Json } from './port.ts';

/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a JSON value: object keys sorted by UTF-16 code units, no
 * whitespace, ECMAScript number and string serialisation (what JSON.stringify does for primitives). Equal JSON
 * values give equal text whatever their key order. Throws on values JSON cannot carry exactly (NaN, Infinity,
 * lone surrogates, functions, other objects than plain ones and arrays, undefined except as an object member,
 * which counts as absent).
 *
 * Written here rather than taken from the `canonicalize` package, whose current major requires Node 22.
 */
export function canonicalJson(value: Json): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: Json, parts: string[]): void {
  if (value === null || typeof value === 'boolean') {
    parts.push(String(value));
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON representation`);
    parts.push(JSON.stringify(value));
  } else if (typeof value === 'string') {
    parts.push(quote(value));
  } else if (Array.isArray(value)) {
    parts.push('[');
    value.forEach((item, index) => {
      if (index > 0) parts.push(',');
      write(item, parts);
    });
    parts.push(']');
  } else if (isPlainObject(value)) {
    parts.push('{');
    // Default sort compares UTF-16 code units, the order RFC 8785 prescribes.
    // Members whose value is undefined are absent, as in JSON.stringify (and so in what a store keeps).
    Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .forEach((key, index) => {
        if (index > 0) parts.push(',');
        parts.push(quote(key), ':');
        write(value[key] as Json, parts);
      });
    parts.push('}');
  } else {
    throw new TypeError(`${typeof value} has no JSON representation`);
  }
}

function isPlainObject(value: unknown): value is { [key: string]: Json } {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** With the `u` flag a surrogate pair is one code point, so only unpaired surrogates match. */
const loneSurrogate = /\p{Cs}/u;

function quote(text: string): string {
  if (loneSurrogate.test(text))
    throw new TypeError('A string with a lone surrogate has no exact JSON representation');
  return JSON.stringify(text);
}
