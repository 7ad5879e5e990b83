import { findMunicipality } from '@relocation/domain';

/** For token checks: a kommunkod on the official list. */
export const isKnownMunicipality = (code: string): boolean => findMunicipality(code) !== undefined;
