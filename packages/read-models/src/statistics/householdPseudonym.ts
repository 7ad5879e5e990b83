import { createHmac } from 'node:crypto';

/**
 * A stable pseudonym for a household: HMAC-SHA256, keyed by a secret that lives outside the database
 * (`STATISTICS_PSEUDONYM_KEY`), of the household id, which is the id of the household's first case (a case opened
 * by InitiateRelocation starts its household under its own id; a renewed relocation after a compromised location
 * carries it on, docs/design.md §3.4). Without the key nobody can tell which case a pseudonym stands for, nor
 * compute one from a case id. Pseudonyms computed before household ids existed are unchanged.
 *
 * Used inside the statistics only, to count households rather than cases; never published.
 */
export function householdPseudonym(key: Uint8Array, householdId: string): string {
  return createHmac('sha256', key).update(`household:${householdId}`).digest('hex');
}
