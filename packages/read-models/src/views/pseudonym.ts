import { createHash } from 'node:crypto';

/**
 * A stable label for a case's person that carries no personal data: derived from the case id only (which the
 * caller already holds), so it lets parties without the identity talk about "P-1a2b3c4d" and nothing more.
 */
export function pseudonymOf(relocationId: string): string {
  return `P-${createHash('sha256').update(relocationId.toLowerCase()).digest('hex').slice(0, 8)}`;
}

/** A stable label for a member of the household, from the case id and the member id only (no personal data). */
export function memberPseudonymOf(relocationId: string, memberId: string): string {
  return `M-${createHash('sha256').update(`${relocationId.toLowerCase()}:${memberId.toLowerCase()}`).digest('hex').slice(0, 8)}`;
}
