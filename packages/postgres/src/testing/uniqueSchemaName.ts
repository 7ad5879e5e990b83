import { randomUUID } from 'node:crypto';

/** A fresh schema name, so each test file (or store) gets tables of its own instead of cleaning up. */
export function uniqueSchemaName(prefix = 'es'): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}
