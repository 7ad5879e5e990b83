/**
 * The feed position of this person's last write to each case, so that the next read of the case asks the API for
 * at least that position (`?minPosition=`): a case just created is then shown, never "no such case" while the read
 * models catch up. Kept in memory only (positions are not personal data, but nothing needs them after a reload).
 */
const written = new Map<string, string>();

export function rememberWrite(relocationId: string, position: string): void {
  written.set(relocationId, position);
}

export function writtenPosition(relocationId: string): string | undefined {
  return written.get(relocationId);
}
