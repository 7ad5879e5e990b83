import type { QueryOptions, SqlQueryable } from '@relocation/postgres';

interface Part {
  readonly text: string;
  readonly params: readonly unknown[];
}

/**
 * Gathers write statements (run for their effect, their rows unread) to send them as one: `run` joins them into a
 * single statement, each but the last as a data-modifying WITH query, parameters renumbered after the ones before.
 * One round trip instead of one each. All of them see the same snapshot, so the gathered statements must not
 * depend on each other's effects (a projector batch's writes go to different rows or tables, and a stay closed
 * by the update is never one the batch inserts).
 */
export function gatheredWrites(): SqlQueryable & { run(on: SqlQueryable): Promise<void> } {
  const parts: Part[] = [];
  return {
    async query<R>(text: string, params: readonly unknown[] = []): Promise<R[]> {
      parts.push({ text, params });
      return [];
    },
    async run(on: SqlQueryable): Promise<void> {
      const statement = oneStatement(parts.splice(0));
      if (statement !== undefined) await on.query(statement.text, statement.params, PREPARED);
    },
  };
}

const PREPARED: QueryOptions = { prepare: true };

/** The statements as one (undefined for none). Exported for its tests. */
export function oneStatement(parts: readonly Part[]): Part | undefined {
  if (parts.length <= 1) return parts[0];
  const params: unknown[] = [];
  const texts = parts.map((part) => {
    const offset = params.length;
    params.push(...part.params);
    return offset === 0
      ? part.text
      : part.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  });
  const last = texts.pop() as string;
  return { text: `WITH ${texts.map((text, i) => `w${i} AS (${text})`).join(',\n')}\n${last}`, params };
}
