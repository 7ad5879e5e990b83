import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqlAccessLog, type SqlAccessLog } from '@relocation/access-log';
import { rewriteAccessLog, rewriteStreamHistory } from '@relocation/checkpoint/testing';
import { createPgliteDriver, type SqlDriver } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import { parties } from '../testing/parties.ts';
import { caseAt } from '../testing/scenario.ts';
import { createCheckpointSide, type CheckpointSide } from './checkpointSide.ts';

/** Issue 10, item 3, through GET /v1/audit/verify: a database owner's rewrite no longer passes. */
describe('verify against the signed checkpoint (PGlite, through the API)', () => {
  let driver: SqlDriver;
  let sql: SqlTestApi;
  let accessLog: SqlAccessLog;
  let accessLogSchema: string;
  let side: CheckpointSide;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'relocation-checkpoints-'));
    driver = createPgliteDriver({ dataDir: 'memory://' });
    accessLogSchema = uniqueSchemaName('al');
    accessLog = await createSqlAccessLog({ driver, schema: accessLogSchema });
    sql = await createSqlTestApi(driver, {
      accessLog,
      clock: () => new Date(),
      verifyCheckpoint: () => side.verifyCheckpoint(),
    });
    side = await createCheckpointSide({
      config: parseConfig({ DATA_DIR: dataDir }),
      env: {},
      driver,
      store: sql.store,
      eventStoreSchema: sql.store.schema,
      accessLog,
      accessLogSchema,
      clock: () => new Date(),
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
  });
  afterAll(async () => {
    await side.publisher?.stop();
    await sql.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const verify = async () => {
    const response = await sql.api.app.inject({
      url: '/v1/audit/verify',
      headers: { authorization: `Bearer ${await sql.api.tokenFor(parties.auditor)}` },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{
      ok: boolean;
      eventStore: { ok: boolean };
      accessLog: { ok: boolean };
      checkpoint: { ok: boolean; checkpoint: unknown; problems: { kind: string; streamName?: string }[] };
    }>();
  };

  it('reports the rewritten chain and the rewritten access log that the chains alone accept', async () => {
    const id = await caseAt(sql.api, 'matching');
    const read = await sql.api.app.inject({
      url: `/v1/relocations/${id}/history`,
      headers: { authorization: `Bearer ${await sql.api.tokenFor(parties.sendingCaseworker)}` },
    });
    expect(read.statusCode).toBe(200);
    expect(await verify()).toMatchObject({ ok: false, checkpoint: { problems: [{ kind: 'missing' }] } });

    expect(await side.publisher?.publishOnce()).toMatchObject({ published: true });
    expect(await verify()).toMatchObject({
      ok: true,
      checkpoint: { ok: true, checkpoint: expect.anything() },
    });

    const [first] = await sql.api.events(id);
    if (first === undefined) throw new Error('the case has no events');
    await rewriteStreamHistory(driver, sql.store, sql.store.schema, first.streamName, 0, { forged: true });
    await rewriteAccessLog(driver, accessLogSchema, await accessLog.query({}), parties.sendingCaseworker.sub);

    const report = await verify();
    expect(report.eventStore.ok).toBe(true);
    expect(report.accessLog.ok).toBe(true);
    expect(report.ok).toBe(false);
    expect(report.checkpoint.problems.map((problem) => problem.kind).sort()).toEqual([
      'access-log-removed',
      'diverged',
    ]);
    expect(await side.publisher?.publishOnce()).toMatchObject({ published: false });
  });
});
