import type { ProjectionHalt } from '@relocation/read-models';
import { insertUnprojectableEvent } from '@relocation/read-models/testing';
import type { SqlDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlTestApi, TEST_METRICS_TOKEN, type SqlTestApi } from '../testing/commandFlow.ts';
import { parties } from '../testing/parties.ts';
import { caseAt } from '../testing/scenario.ts';

/**
 * Issue 10, item 1, on one SQL database: the exact requests that froze every read model are refused with 400 and
 * append nothing, the projector keeps going; and an event that cannot be projected (stored below the API) makes
 * /readyz name it and /metrics say so instead of failing silently for ever.
 */
export function textInputSuite(name: string, makeDriver: () => SqlDriver): void {
  describe(`text that cannot be stored or projected (${name})`, () => {
    let sql: SqlTestApi;
    beforeAll(async () => {
      sql = await createSqlTestApi(makeDriver(), { withMetrics: true });
    });
    afterAll(() => sql.close());

    const eventCount = async () => (await sql.store.readAll({ batchSize: 100_000 })).events.length;
    /** Sends the body as raw JSON text, exactly as an attacker's client would: `\u0000` is an escape in JSON. */
    const post = async (url: string, json: string) =>
      sql.api.app.inject({
        method: 'POST',
        url,
        headers: {
          authorization: `Bearer ${await sql.api.tokenFor(
            url.endsWith('/handlers') ? parties.sendingSupervisor : parties.sendingCaseworker,
          )}`,
          'content-type': 'application/json',
        },
        payload: json,
      });

    it('answers 400 VALIDATION_FAILED to a NUL, a control character or a lone surrogate, appending nothing', async () => {
      const id = await caseAt(sql.api, 'draft');
      const before = await eventCount();
      const attacks: [string, string][] = [
        [
          `/v1/relocations/${id}/consent`,
          '{"parties":["police","coordinator","receivingMunicipality"],"consentDate":"2026-03-02","documentReference":"a\\u0000b"}',
        ],
        [
          `/v1/relocations/${id}/consent`,
          '{"parties":["police"],"consentDate":"2026-03-02","documentReference":"a\\ud800"}',
        ],
        [
          `/v1/relocations/${id}/consent`,
          '{"parties":["police"],"consentDate":"2026-03-02","documentReference":"a\\u001bb"}',
        ],
        [`/v1/relocations/${id}/handlers`, '{"userId":"a\\u0000b"}'],
        [`/v1/relocations/${id}/handlers`, '{"userId":"\\udc00"}'],
        [`/v1/relocations/${id}/abort`, '{"reason":"a\\u0000b"}'],
      ];
      for (const [url, body] of attacks) {
        const response = await post(url, body);
        expect(response.statusCode, body).toBe(400);
        expect(response.json(), body).toMatchObject({ code: 'VALIDATION_FAILED' });
      }
      expect(await eventCount()).toBe(before);
      // The projector is unharmed: the read models catch up and the API is ready.
      await sql.readModels.projectUntilCaughtUp();
      const ready = await sql.api.app.inject({ url: '/readyz' });
      expect(ready.json()).toMatchObject({ ready: true, readModels: 'caughtUp' });
    });

    it('names on /readyz, and counts on /metrics, an event the projector cannot project', async () => {
      const id = await caseAt(sql.api, 'draft');
      const state = await sql.api.state(id);
      const poison = await insertUnprojectableEvent(sql.store, id, state.revision + 1);
      let halt: ProjectionHalt | undefined;
      while ((halt = await sql.readModels.halted()) === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(halt).toMatchObject({ eventId: poison.eventId, type: 'HandlerAssigned' });
      const ready = await sql.api.app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({
        ready: false,
        store: 'ok',
        readModels: 'halted',
        haltedAt: {
          eventId: poison.eventId,
          type: 'HandlerAssigned',
          position: poison.position,
          reason: 'SQLSTATE 22P05',
        },
      });
      const metrics = await sql.api.app.inject({
        url: '/metrics',
        headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
      });
      expect(metrics.body).toMatch(/^relocation_projector_halted 1$/m);
    });
  });
}
