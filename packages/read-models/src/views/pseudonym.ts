import { createHash } from 'node:crypto';

/**
 * A stable label for a case's person that carries no personal data: derived from the case id only (which the
 * caller already holds), so it lets parties without the identity talk about "P-1a2b3c4d" and nothing more.
 */
export function pseudonymOf(relocationId: string): string {
  return `P-${createHash('sha256').update(relocationId.toLowerCase()).digest('hex').slice(0, 8)}`;
}
