import { randomUUID } from 'node:crypto';
import { createSqlAccessLog, type AccessLog } from '@relocation/access-log';
import type { CommandHandler } from '@relocation/application';
import type { CaseCrypto } from '@relocation/crypto';
import type { SqlDriver } from '@relocation/event-store-postgres';
import { retentionCandidates } from '@relocation/read-models';
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
  stop(): Promise<void>;
}

/**
 * What the API runs for data protection: the SQL access log (schema `access_log`, migrated at start) and the
 * retention job that erases cases whose last entry is older than RETENTION_YEARS. Several replicas may run the
 * job: erasing a case twice is harmless.
 */
export async function startSecuritySide(options: SecuritySideOptions): Promise<SecuritySide> {
  const accessLog = await createSqlAccessLog({ driver: options.driver });
  const retention =
    options.retention.years === 0
      ? undefined
      : startRetentionJob({
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
  return {
    accessLog,
    async stop() {
      await retention?.stop();
    },
  };
}
