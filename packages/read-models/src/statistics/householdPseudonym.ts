import { createHmac } from 'node:crypto';

/**
 * A stable pseudonym for a household: HMAC-SHA256, keyed by a secret that lives outside the database
 * (`STATISTICS_PSEUDONYM_KEY`), of the id of the household's first case. Without the key nobody can tell which
 * case a pseudonym stands for, nor compute one from a case id. Today every case starts its own household: no
 * event links a renewed relocation to the earlier one (docs/design.md §3.4 is not built yet); when one does, the
 * renewed case passes the first case's id here and the household keeps its pseudonym.
 *
 * Used inside the statistics only, to count households rather than cases; never published.
 */
export function householdPseudonym(key: Uint8Array, firstRelocationId: string): string {
  return createHmac('sha256', key).update(`household:${firstRelocationId}`).digest('hex');
}
