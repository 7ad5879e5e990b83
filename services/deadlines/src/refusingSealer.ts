import type { CaseSealer } from '@relocation/application';

/**
 * The monitor's commands (MarkDeadlineMissed, RaiseEscalation) carry no personal data, so it holds no keys: a
 * sealer that refuses, should a future command of the monitor ever try to seal something.
 */
export async function refusingSealer(relocationId: string): Promise<CaseSealer> {
  return () => {
    throw new Error(`the deadline monitor seals no data (case ${relocationId})`);
  };
}
