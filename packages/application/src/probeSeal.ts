import type { Seal } from '@relocation/domain';

/**
 * A stand-in sealer for deciding whether a command is accepted before the case's data key is fetched (or
 * created). Its envelopes are never stored: the command is decided again with the real sealer.
 */
export const probeSeal: Seal = () => ({
  v: 1,
  alg: 'A256GCM',
  keyId: 'probe',
  iv: 'probe',
  ct: 'probe',
  tag: 'probe',
});
