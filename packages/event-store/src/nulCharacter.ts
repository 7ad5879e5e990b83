import type { Json } from './port.ts';

/**
 * The path (`data.person.name`) of the first string or member name holding U+0000 in a JSON value, or undefined.
 * The store's JSON is the JSON PostgreSQL's `jsonb` accepts: it refuses `\u0000`, so such an event, once stored,
 * could never be projected into the read models.
 */
export function pathOfNulCharacter(value: Json, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfNulCharacter(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return `${path} (a member name)`;
    if (item === undefined) continue;
    const found = pathOfNulCharacter(item, `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
