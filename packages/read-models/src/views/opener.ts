import type { SealedEnvelope } from '@relocation/domain';

/** Opens one sealed envelope of a case with the case's data key, naming the field it was found in. */
export type Opener = (envelope: SealedEnvelope, field: string) => unknown;

/** What the API provides: the opener of one case; it (or the opener) throws DATA_KEY_DESTROYED after erasure. */
export type OpenerFor = (relocationId: string) => Promise<Opener>;

export type Opened = { readonly value: unknown } | { readonly erased: true };

function isErasure(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'DATA_KEY_DESTROYED';
}

/**
 * Opens envelopes of one case on demand: the key is fetched only when a view actually opens something (a
 * coordinator's read never touches it), and once. An erased case's key is gone: the result says `erased`, any
 * other failure (a tampered envelope, say) is thrown.
 */
export function lazyOpener(
  openerFor: OpenerFor,
  relocationId: string,
): (envelope: SealedEnvelope, field: string) => Promise<Opened> {
  let opener: Promise<Opener> | undefined;
  return async (envelope, field) => {
    try {
      opener ??= openerFor(relocationId);
      return { value: await (await opener)(envelope, field) };
    } catch (error) {
      if (isErasure(error)) return { erased: true };
      throw error;
    }
  };
}
