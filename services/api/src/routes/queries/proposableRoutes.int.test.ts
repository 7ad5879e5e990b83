import { createPgliteDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlTestApi, type SqlTestApi } from '../../testing/commandFlow.ts';
import { parties, type Party } from '../../testing/parties.ts';
import { caseAt } from '../../testing/scenario.ts';

describe('GET /v1/relocations/:id/proposable-municipalities (PGlite)', () => {
  let sql: SqlTestApi;
  beforeAll(async () => {
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }));
  });
  afterAll(() => sql.close());

  const proposable = async (party: Party, id: string) => {
    const position = (await sql.api.events(id)).at(-1)?.globalPosition;
    return sql.api.app.inject({
      url: `/v1/relocations/${id}/proposable-municipalities?minPosition=${position}`,
      headers: { authorization: `Bearer ${await sql.api.tokenFor(party)}` },
    });
  };

  it('gives the coordinator every municipality a proposal may name, and each is accepted by the command', async () => {
    const id = await caseAt(sql.api, 'matching');
    const response = await proposable(parties.coordinator, id);
    expect(response.statusCode, response.body).toBe(200);
    const codes = response.json<{ municipalityCodes: string[] }>().municipalityCodes;
    expect(codes).toContain('0380');
    expect(codes).not.toContain('0180'); // sending
    expect(codes).not.toContain('1280'); // Malmö, in the excluded county Skåne (12)
    const refusedCode = '1280';
    const refused = await sql.api.command(parties.coordinator, 'propose', id, {
      municipalityCode: refusedCode,
    });
    expect(refused.statusCode).toBe(422);
    const accepted = await sql.api.command(parties.coordinator, 'propose', id, {
      municipalityCode: codes[0],
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('answers 404 to a party outside the case and 403 to a participant that does not propose', async () => {
    const id = await caseAt(sql.api, 'matching');
    expect((await proposable(parties.unrelated, id)).statusCode).toBe(404);
    const police = await proposable(parties.police, id);
    expect(police.statusCode).toBe(403);
    expect(police.json<{ code: string }>().code).toBe('FORBIDDEN_FOR_ROLE');
  });
});
