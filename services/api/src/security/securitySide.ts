import { randomUUID } from 'node:crypto';
import { createSqlAccessLog, type AccessLog } from '@relocation/access-log';
import type { CommandHandler } from '@relocation/application';
import type { CaseCrypto } from '@relocation/crypto';
import type { SqlDriver } from '@relocation/postgres';
import { retentionCandidates } from '@relocation/read-models';
import { notReady, ready, type Worker } from '@relocation/runtime';
import type { FastifyBaseLogger } from 'fastify';
import { eraseCase } from './eraseCase.ts';
import { startRetentionJob } from './retentionJob.ts';

export interface SecuritySideOptions {
  readonly driver: SqlDriver;
  readonly readModelSchema: string;
  readonly commands: CommandHandler;
  readonly caseCrypto: CaseCrypto;
  readonly clock: () => Date;
  readonly logger: FastifyBaseLogger;
  /** RETENTION_YEARS (0: no retention job) and RETENTION_POLL_MS. */
  readonly retention: { readonly years: number; readonly pollMs: number };
  /** Vacuums erased keys away; run after every retention pass. */
  readonly purgeErasedKeys?: () => Promise<void>;
}

export interface SecuritySide {
  readonly accessLog: AccessLog;
  /** The retention job, unless RETENTION_YEARS=0. */
  readonly retention?: Worker;
}

/**
 * What the API runs for data protection: the SQL access log (schema `access_log`, migrated here) and the
 * retention worker that erases cases whose last entry is older than RETENTION_YEARS. Several replicas may run the
 * job: erasing a case twice is harmless.
 */
export async function createSecuritySide(options: SecuritySideOptions): Promise<SecuritySide> {
  const accessLog = await createSqlAccessLog({ driver: options.driver });
  if (options.retention.years === 0) return { accessLog };
  let job: { stop(): Promise<void> } | undefined;
  const retention: Worker = {
    name: 'retention',
    async start() {
      job = startRetentionJob({
        years: options.retention.years,
        pollMs: options.retention.pollMs,
        clock: options.clock,
        candidates: (cutoff, limit) =>
          retentionCandidates(options.driver, options.readModelSchema, cutoff, limit),
        erase: (relocationId, reason) =>
          eraseCase(
            { commands: options.commands, caseCrypto: options.caseCrypto, newId: randomUUID },
            relocationId,
            reason,
          ),
        logger: options.logger,
        ...(options.purgeErasedKeys === undefined ? {} : { afterPass: options.purgeErasedKeys }),
      });
    },
    async stop() {
      await job?.stop();
      job = undefined;
    },
    readiness: () => (job === undefined ? notReady('stopped') : ready),
  };
  return { accessLog, retention };
}
