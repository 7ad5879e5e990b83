import type { AccessLog } from '@relocation/access-log';
import type { EventStore } from '@relocation/event-store';
import type { SqlQueryable } from '@relocation/postgres';
import {
  createCheckpointPublisher,
  type CheckpointPublisher,
  type CheckpointPublisherOptions,
  type CheckpointSink,
} from './checkpointPublisher.ts';
import type { CheckpointSigningKey } from './signingKey.ts';
import { createSqlCheckpointSubject } from './sqlCheckpointSubject.ts';
import { safeToSign, verifyAll, type VerifyAllReport } from './verifyAll.ts';
import { verifyCheckpoint, type CheckpointVerification } from './verifyCheckpoint.ts';

export interface SqlCheckpointsOptions {
  readonly db: SqlQueryable;
  readonly store: Pick<EventStore, 'verify'>;
  readonly eventStoreSchema: string;
  readonly accessLog: Pick<AccessLog, 'verify'>;
  readonly accessLogSchema: string;
  readonly key: CheckpointSigningKey;
  /** Where checkpoints are written and the newest is read (CHECKPOINT_DIR). */
  readonly directory: string;
  /** With it, a publisher worker is made (the caller starts and stops it). */
  readonly publish?: { readonly intervalMs: number; readonly sinks?: readonly CheckpointSink[] };
  readonly clock: () => Date;
  readonly logger?: CheckpointPublisherOptions['logger'];
}

export interface SqlCheckpoints {
  /** The chains of the event store and access log, and both against the newest signed checkpoint. */
  verify(options?: { readonly streamPrefix?: string }): Promise<VerifyAllReport>;
  /** Only the comparison with the newest signed checkpoint. */
  verifyCheckpoint(): Promise<CheckpointVerification>;
  readonly publisher?: CheckpointPublisher;
}

/**
 * Checkpoints for an event store and an access log in one PostgreSQL or PGlite database, as a service composes
 * them: the comparison verify uses and, when asked, the publisher worker, which signs only what verifies.
 */
export function createSqlCheckpoints(options: SqlCheckpointsOptions): SqlCheckpoints {
  const subject = createSqlCheckpointSubject({
    db: options.db,
    eventStoreSchema: options.eventStoreSchema,
    accessLogSchema: options.accessLogSchema,
  });
  const checkpoints = { directory: options.directory, key: options.key, subject };
  const verify = (verifyOptions: { readonly streamPrefix?: string } = {}) =>
    verifyAll({ store: options.store, accessLog: options.accessLog, checkpoints, ...verifyOptions });
  const publisher =
    options.publish === undefined
      ? undefined
      : createCheckpointPublisher({
          key: options.key,
          subject,
          directory: options.directory,
          ...(options.publish.sinks === undefined ? {} : { sinks: options.publish.sinks }),
          verify: async () => ({ ok: safeToSign(await verify()) }),
          intervalMs: options.publish.intervalMs,
          clock: options.clock,
          ...(options.logger === undefined ? {} : { logger: options.logger }),
        });
  return {
    verify,
    verifyCheckpoint: () => verifyCheckpoint(checkpoints),
    ...(publisher === undefined ? {} : { publisher }),
  };
}
