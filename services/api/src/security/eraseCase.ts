import { CommandRejectedError, type CommandHandler } from '@relocation/application';
import type { CaseCrypto } from '@relocation/crypto';
import type { Actor } from '@relocation/domain';

export type ErasureReason = 'retention' | 'operatorRequest';

export interface ErasureDependencies {
  readonly commands: CommandHandler;
  readonly caseCrypto: Pick<CaseCrypto, 'erase'>;
  readonly newId: () => string;
}

/** Erasure is done by a system actor, never a person: the retention job, or an operator's CLI run. */
const erasureActor = (reason: ErasureReason): Actor =>
  reason === 'retention'
    ? { userId: 'retention-job', organisationId: 'system:retention', role: 'system' }
    : { userId: 'operator-cli', organisationId: 'system:operator', role: 'system' };

/**
 * Erases a case: appends CaseErased (the read models then drop its sealed data) and destroys its data key, so
 * every envelope in its events becomes unreadable for good. The events stay and still verify. CaseErased comes
 * first because the command handler unwraps the case key to handle any command; running it again after a crash
 * finds CASE_ERASED and destroys the key (idempotent). Returns false when the case was already erased.
 */
export async function eraseCase(
  deps: ErasureDependencies,
  relocationId: string,
  reason: ErasureReason,
): Promise<boolean> {
  let appended = true;
  try {
    await deps.commands.handle({
      type: 'EraseCase',
      relocationId,
      commandId: deps.newId(),
      correlationId: deps.newId(),
      actor: erasureActor(reason),
      payload: { reason },
    });
  } catch (error) {
    if (!(error instanceof CommandRejectedError) || error.domainError.code !== 'CASE_ERASED') throw error;
    appended = false;
  }
  await deps.caseCrypto.erase(relocationId);
  return appended;
}
