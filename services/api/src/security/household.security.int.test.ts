import { randomUUID } from 'node:crypto';
import { householdCommands, householdIds, sampleCommands } from '@relocation/domain/testing';
import { createPgliteDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties, type Party } from '../testing/parties.ts';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import type { TestApi } from '../testing/testApi.ts';

/**
 * The household over HTTP (docs/design.md §3.2, §5): the children's rules refuse with 422 and a documented code and
 * append nothing; each member's identity reaches only the parties that may see identities, a protected member's only
 * assigned handlers; the others see pseudonyms.
 */
describe('household members and children over the API', () => {
  let sql: SqlTestApi;
  let api: TestApi;
  beforeAll(async () => {
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }));
    api = sql.api;
  });
  afterAll(() => sql.close());

  /** A case at matching with a partner and the child whose guardian has not consented (a protected identity). */
  async function family(): Promise<string> {
    const id = randomUUID();
    await api.given(id, parties.sendingCaseworker, 'InitiateRelocation', sampleCommands.initiate().payload);
    await api.given(id, parties.sendingCaseworker, 'RecordConsent', sampleCommands.consentAll().payload);
    await api.given(id, parties.sendingCaseworker, 'SubmitRelocation', {});
    await api.given(id, parties.police, 'RecordThreatAssessment', sampleCommands.assess().payload);
    await api.given(
      id,
      parties.sendingCaseworker,
      'AddHouseholdMember',
      householdCommands.addPartner().payload,
    );
    await api.given(
      id,
      parties.sendingCaseworker,
      'AddHouseholdMember',
      householdCommands.addChildWithoutConsent().payload,
    );
    return id;
  }

  const read = async (party: Party, id: string, path = '') => {
    const position = (await api.events(id)).at(-1)?.globalPosition.toString() ?? '0';
    const response = await api.app.inject({
      url: `/v1/relocations/${id}${path}?minPosition=${position}`,
      headers: { authorization: `Bearer ${await api.tokenFor(party)}` },
    });
    return response;
  };

  it('refuses a proposal without every child’s impact assessment with 422, appending nothing', async () => {
    const id = await family();
    const before = await api.events(id);
    const response = await api.command(parties.coordinator, 'propose', id, { municipalityCode: '2480' });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json()).toMatchObject({ code: 'CHILD_IMPACT_ASSESSMENT_MISSING' });
    expect(await api.events(id)).toEqual(before);
  });

  it('refuses protected housing for a child without a guardian’s consent with 422 until the court allows it', async () => {
    const id = await family();
    const assess = householdCommands.assess(householdIds.childWithoutConsent).payload;
    await api.given(id, parties.sendingCaseworker, 'RecordChildImpactAssessment', assess);
    await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '2480' });
    await api.given(id, parties.receivingSupervisor, 'AssignHandler', { userId: parties.receiving.sub });
    const early = await api.command(parties.receiving, 'accept', id, sampleCommands.accept().payload);
    expect(early.statusCode, early.body).toBe(422);
    expect(early.json()).toMatchObject({ code: 'CHILD_IMPACT_ASSESSMENT_MISSING' });
    await api.given(id, parties.sendingCaseworker, 'RecordChildImpactAssessment', assess);
    const before = await api.events(id);
    const blocked = await api.command(parties.receiving, 'accept', id, sampleCommands.accept().payload);
    expect(blocked.statusCode, blocked.body).toBe(422);
    expect(blocked.json()).toMatchObject({ code: 'GUARDIAN_CONSENT_MISSING' });
    expect(await api.events(id)).toEqual(before);
    for (const [action, body] of [
      [
        'child-placement-applications',
        householdCommands.applyToCourt(householdIds.childWithoutConsent).payload,
      ],
      [
        'child-placement-decisions',
        householdCommands.courtDecides(householdIds.childWithoutConsent, 'placementAllowed').payload,
      ],
    ] as const) {
      const recorded = await api.command(parties.sendingCaseworker, action, id, body);
      expect(recorded.statusCode, recorded.body).toBe(200);
    }
    const accepted = await api.command(parties.receiving, 'accept', id, sampleCommands.accept().payload);
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('shows each member’s identity by need to know, and a pseudonym to everyone who sees the household', async () => {
    const id = await family();
    const caseOf = async (party: Party) => {
      const response = await read(party, id);
      expect(response.statusCode, response.body).toBe(200);
      return response.body;
    };
    // The initiator handles the case: sees both members, the protected child too.
    const handler = await caseOf(parties.sendingCaseworker);
    expect(handler).toContain('Partner Testsson');
    expect(handler).toContain('Skyddat Barn');
    // A supervisor who is not assigned: the partner, not the protected child.
    const supervisor = await caseOf(parties.sendingSupervisor);
    expect(supervisor).toContain('Partner Testsson');
    expect(supervisor).not.toContain('Skyddat Barn');
    expect(supervisor).not.toContain('201308074564');
    // The coordinator sees the household by pseudonym only.
    const coordinator = await caseOf(parties.coordinator);
    for (const hidden of ['Partner Testsson', '198802157894', 'Skyddat Barn', '201308074564']) {
      expect(coordinator).not.toContain(hidden);
    }
    expect(coordinator.match(/"pseudonym":"M-/g)).toHaveLength(2);
    expect(coordinator).toContain('"adults":2');
    // The history of a party that may not see identities holds no member's name either.
    const history = await read(parties.coordinator, id, '/history');
    expect(history.statusCode, history.body).toBe(200);
    expect(history.body).not.toContain('Partner Testsson');
    expect(history.body).not.toContain('Skyddat Barn');
    // An organisation outside the case learns nothing, not even that it exists.
    expect((await read(parties.unrelated, id)).statusCode).toBe(404);
  });
});
