import type { KeyObject } from 'node:crypto';
import type { AccessLog, AccessLogVerifyReport } from '@relocation/access-log';
import type { EventStore, VerifyReport } from '@relocation/event-store';
import type { CheckpointSubject } from './checkpointSubject.ts';
import { verifyCheckpoint, type CheckpointVerification } from './verifyCheckpoint.ts';

export interface VerifyAllOptions {
  readonly store: Pick<EventStore, 'verify'>;
  readonly streamPrefix?: string;
  readonly accessLog: Pick<AccessLog, 'verify'>;
  readonly checkpoints: {
    readonly directory: string;
    readonly key: { readonly publicKey: KeyObject; readonly keyId: string };
    readonly subject: CheckpointSubject;
  };
}

export interface VerifyAllReport {
  readonly ok: boolean;
  readonly eventStore: VerifyReport;
  readonly accessLog: AccessLogVerifyReport;
  readonly checkpoint: CheckpointVerification;
}

/**
 * Everything verify checks: the event store's hash chains, the access log's chain, and both against the newest
 * signed checkpoint. The chains alone catch a change by someone who cannot recompute them; the checkpoint catches
 * whoever can (a database owner), for everything up to the moment it was signed.
 */
export async function verifyAll(options: VerifyAllOptions): Promise<VerifyAllReport> {
  const eventStore = await options.store.verify(
    options.streamPrefix === undefined ? {} : { streamPrefix: options.streamPrefix },
  );
  const accessLog = await options.accessLog.verify();
  const checkpoint = await verifyCheckpoint(options.checkpoints);
  return { ok: eventStore.ok && accessLog.ok && checkpoint.ok, eventStore, accessLog, checkpoint };
}

/**
 * Whether a new checkpoint may be signed over the current state: the chains are intact and agree with the newest
 * checkpoint. Only the absence of any checkpoint is allowed (the first start): it is logged, and the copies kept
 * outside this host (the Kafka topic) show whether checkpoints existed before.
 */
export function safeToSign(report: VerifyAllReport): boolean {
  return (
    report.eventStore.ok &&
    report.accessLog.ok &&
    report.checkpoint.problems.every((problem) => problem.kind === 'missing')
  );
}
