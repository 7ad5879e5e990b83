import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createCommandHandler } from '@relocation/application';
import { createReadModels } from '@relocation/read-models';
import type { Adapters } from '../adapters.ts';
import type { Config } from '../config.ts';
import { eraseCase } from './eraseCase.ts';

export interface SecurityCliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `erase --relocation <id>`: appends CaseErased, destroys the case's data key, then brings the read models up to
 * date so the case's sealed data is dropped from them before the command returns.
 */
export async function runEraseCli(
  config: Config,
  adapters: Adapters,
  argv: readonly string[],
  io: SecurityCliIo,
): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { relocation: { type: 'string' } },
    strict: true,
  });
  const relocationId = values.relocation;
  if (relocationId === undefined || !uuid.test(relocationId)) {
    io.err('usage: pnpm relocation erase --relocation <case id (UUID)>\n');
    return 2;
  }
  const commands = createCommandHandler({
    store: adapters.store,
    sealerFor: (id) => adapters.caseCrypto.sealerFor(id),
    // Erasure checks no provider's permit.
    providers: [],
    clock: () => new Date(),
    newId: randomUUID,
  });
  const appended = await eraseCase(
    { commands, caseCrypto: adapters.caseCrypto, newId: randomUUID },
    relocationId,
    'operatorRequest',
  );
  const readModels = createReadModels({
    driver: adapters.driver,
    store: adapters.store,
    clock: () => new Date(),
    ...(adapters.eventStoreSchema === undefined ? {} : { eventStoreSchema: adapters.eventStoreSchema }),
  });
  try {
    await readModels.migrate();
    await readModels.projectUntilCaughtUp();
  } finally {
    await readModels.close();
  }
  io.out(
    appended
      ? `Erased case ${relocationId}: CaseErased recorded, data key destroyed, read models purged.\n`
      : `Case ${relocationId} was already erased; its data key is destroyed.\n`,
  );
  return 0;
}

/**
 * `rotate-kek --to <kekId>`: re-wraps every data key with the named key-encryption key (configured in
 * RELOCATION_KEKS beside the old one). Envelopes are not touched, so servers keep answering throughout.
 */
export async function runRotateKekCli(
  adapters: Adapters,
  argv: readonly string[],
  io: SecurityCliIo,
): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { to: { type: 'string' } }, strict: true });
  if (values.to === undefined || values.to === '') {
    io.err('usage: pnpm relocation rotate-kek --to <kek id> (both KEKs in RELOCATION_KEKS)\n');
    return 2;
  }
  const report = await adapters.caseCrypto.rotate(values.to);
  // The re-wrap updates rows: vacuum the versions wrapped by the old KEK away, so removing that KEK is the end of it.
  await adapters.purgeErasedKeys();
  const moved = Object.entries(report.rewrapped)
    .map(([from, count]) => `${count} from ${from}`)
    .join(', ');
  io.out(
    `Data keys now wrapped by ${report.activeKekId}${moved === '' ? ' (nothing to re-wrap)' : `: ${moved}`}.\n` +
      `Set RELOCATION_ACTIVE_KEK=${report.activeKekId} everywhere; then the old KEK can be removed.\n`,
  );
  return 0;
}
