import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqlAccessLog, type AccessEntry, type SqlAccessLog } from '@relocation/access-log';
import { createSqlEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { type SqlDriver } from '@relocation/postgres';
import { newEvent } from '@relocation/event-store-postgres/testing';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { SignedCheckpoint } from './checkpoint.ts';
import { createCheckpointPublisher, type CheckpointPublisher } from './checkpointPublisher.ts';
import { parseCheckpointSigningKey, type CheckpointSigningKey } from './signingKey.ts';
import { createSqlCheckpointSubject } from './sqlCheckpointSubject.ts';
import {
  removeStream,
  rewriteAccessLog,
  rewriteStreamHistory,
  truncateStream,
} from './testing/databaseWriterAttacks.ts';
import { safeToSign, verifyAll } from './verifyAll.ts';

interface World {
  readonly store: SqlEventStore;
  readonly accessLog: SqlAccessLog;
  readonly accessSchema: string;
  readonly directory: string;
  readonly publisher: CheckpointPublisher;
  verify(): ReturnType<typeof verifyAll>;
}

const entry = (userId: string, relocationId: string): AccessEntry => ({
  at: new Date('2026-11-29T10:00:00.000Z'),
  userId,
  organisationId: 'municipality:0180',
  role: 'caseworker',
  relocationId,
  view: 'detail',
  requestId: randomUUID(),
});

/**
 * Issue 10, item 3: whoever can write to the database (the owner of the tables) rewrites history so that the hash
 * chains verify again; verify must still notice, against the newest signed checkpoint.
 */
export function describeDatabaseWriterAttacks(name: string, driver: () => SqlDriver): void {
  describe(`a database writer rewriting history (${name})`, () => {
    const key: CheckpointSigningKey = parseCheckpointSigningKey(
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    );
    const directories: string[] = [];
    afterAll(async () => {
      await Promise.all(directories.map((dir) => rm(dir, { recursive: true, force: true })));
    });

    let world: World;
    beforeEach(async () => {
      const db = driver();
      const store = await createSqlEventStore({ driver: db, schema: uniqueSchemaName('cp_es') });
      const accessSchema = uniqueSchemaName('cp_al');
      const accessLog = await createSqlAccessLog({ driver: db, schema: accessSchema });
      const directory = await mkdtemp(join(tmpdir(), 'checkpoints-'));
      directories.push(directory);
      const subject = createSqlCheckpointSubject({
        db,
        eventStoreSchema: store.schema,
        accessLogSchema: accessSchema,
      });
      const verify = () => verifyAll({ store, accessLog, checkpoints: { directory, key, subject } });
      const publisher = createCheckpointPublisher({
        key,
        subject,
        directory,
        verify: async () => ({ ok: safeToSign(await verify()) }),
        intervalMs: 60_000,
        clock: () => new Date(),
      });
      for (const stream of ['relocation-a', 'relocation-b']) {
        await store.appendToStream(stream, [newEvent('Opened'), newEvent('Assessed'), newEvent('Proposed')], {
          expectedRevision: 'no_stream',
        });
      }
      await accessLog.record([
        entry('anna', 'a'),
        entry('mallory', 'a'),
        entry('anna', 'b'),
        entry('mallory', 'b'),
      ]);
      world = { store, accessLog, accessSchema, directory, publisher, verify };
    });

    it('passes while nothing was changed, and signs a checkpoint', async () => {
      expect(await world.publisher.publishOnce()).toMatchObject({
        published: true,
        streams: 2,
        accessLogSeq: 4,
      });
      expect(world.publisher.readiness().ready).toBe(true);
      const report = await world.verify();
      expect(report.checkpoint.problems).toEqual([]);
      expect(report.ok).toBe(true);
    });

    it('signs the newest access log entry past the ninth (the entries are ordered by number, not as text)', async () => {
      for (let i = 0; i < 8; i += 1) await world.accessLog.record(entry('anna', `c${i}`));
      expect(await world.publisher.publishOnce()).toMatchObject({ published: true, accessLogSeq: 12 });
    });

    it('detects a recomputed SHA-256 chain with a moved streams.head_hash', async () => {
      await world.publisher.publishOnce();
      await rewriteStreamHistory(driver(), world.store, world.store.schema, 'relocation-a', 1, {
        level: 'low',
      });

      const report = await world.verify();
      expect(report.eventStore.ok).toBe(true); // the chain alone is fooled: this is the attack that got through
      expect(report.ok).toBe(false);
      expect(report.checkpoint.problems).toEqual([
        expect.objectContaining({ kind: 'diverged', streamName: 'relocation-a', revision: 2 }),
      ]);
      // And no new checkpoint vouches for the forgery.
      expect(await world.publisher.publishOnce()).toMatchObject({ published: false });
      expect(world.publisher.readiness().ready).toBe(false);
    });

    it('detects a stream removed whole, and events removed before the checkpoint', async () => {
      await world.publisher.publishOnce();
      await removeStream(driver(), world.store.schema, 'relocation-b');
      await truncateStream(driver(), world.store.schema, 'relocation-a', 0);

      const report = await world.verify();
      expect(report.eventStore.ok).toBe(true);
      expect(report.checkpoint.problems).toEqual([
        expect.objectContaining({ kind: 'removed', streamName: 'relocation-a', revision: 2 }),
        expect.objectContaining({ kind: 'stream-missing', streamName: 'relocation-b' }),
      ]);
      expect(report.ok).toBe(false);
    });

    it('detects an access log whose trigger was disabled, rows deleted and the rest re-hashed', async () => {
      await world.publisher.publishOnce();
      const entries = await world.accessLog.query({});
      await rewriteAccessLog(driver(), world.accessSchema, entries, 'mallory');

      const report = await world.verify();
      expect(report.accessLog.ok).toBe(true); // the log's own chain is fooled
      expect(report.checkpoint.problems).toEqual([
        expect.objectContaining({ kind: 'access-log-removed', seq: 4 }),
      ]);
      expect(report.ok).toBe(false);
    });

    it('refuses a checkpoint whose content was changed after signing', async () => {
      const outcome = await world.publisher.publishOnce();
      if (!outcome.published) throw new Error('no checkpoint published');
      const signed = JSON.parse(await readFile(outcome.file, 'utf8')) as SignedCheckpoint;
      await rewriteStreamHistory(driver(), world.store, world.store.schema, 'relocation-a', 1, {
        level: 'low',
      });
      // The forger adopts the rewritten head in the checkpoint too; the signature no longer matches.
      const [forgedHead] = await driver().query<{ hash: string }>(
        `SELECT hash FROM "${world.store.schema}".events WHERE stream_name = 'relocation-a' AND revision = 2`,
      );
      const streams = signed.body.eventStore.streams.map((head) =>
        head.name === 'relocation-a' ? { ...head, hash: forgedHead?.hash ?? '' } : head,
      );
      await writeFile(
        outcome.file,
        JSON.stringify({ ...signed, body: { ...signed.body, eventStore: { streams } } }),
      );

      const report = await world.verify();
      expect(report.checkpoint.problems).toEqual([
        expect.objectContaining({ kind: 'refused', detail: expect.stringMatching(/signature/) }),
        expect.objectContaining({ kind: 'missing' }),
      ]);
      expect(report.ok).toBe(false);
    });

    it('accepts appends made after the checkpoint', async () => {
      await world.publisher.publishOnce();
      await world.store.appendToStream('relocation-a', [newEvent('Accepted')], { expectedRevision: 2 });
      await world.store.appendToStream('relocation-c', [newEvent('Opened')], {
        expectedRevision: 'no_stream',
      });
      await world.accessLog.record(entry('anna', 'c'));
      expect((await world.verify()).ok).toBe(true);
    });
  });
}
