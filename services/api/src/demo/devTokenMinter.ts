import { loadOrCreateDevSigningKey, mintDevToken } from '@relocation/access';
import type { Party } from '../testing/parties.ts';
import { isKnownMunicipality } from '../municipalities.ts';

/**
 * Mints development tokens with the signing key in an engine's data directory (what `pnpm relocation token` does),
 * for an engine running with AUTH_MODE=dev on that directory.
 */
export async function devTokenMinter(dataDir: string): Promise<(party: Party) => Promise<string>> {
  const key = await loadOrCreateDevSigningKey(dataDir);
  return (party) =>
    mintDevToken({
      key,
      sub: party.sub,
      org: party.org,
      roles: party.roles,
      expiresIn: '1h',
      isKnownMunicipality,
    });
}
