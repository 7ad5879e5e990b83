import { randomUUID } from 'node:crypto';
import { createSqlAccessLog } from '@relocation/access-log';
import { relocationStreamPrefix } from '@relocation/domain';
import { sampleCommands } from '@relocation/domain/testing';
import type { SqlDriver, SqlQueryable } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { retentionCandidates } from '@relocation/read-models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import { parties } from '../testing/parties.ts';
import { caseAt } from '../testing/scenario.ts';
import { eraseCase } from './eraseCase.ts';
import { runRetentionOnce } from './retentionJob.ts';

const person = {
  name: 'Ingrid Raderad Hemligsson',
  personalIdentityNumber: '198112189876',
  protectionLevel: 'protectedRegistration' as const,
};
const address = 'Hemliga gränd 7, 903 25 Umeå';

/** Every row of every table of every schema (event store, read models, key store, access log) as text. */
async function dumpDatabase(db: SqlQueryable): Promise<string> {
  const tables = await db.query<{ table_schema: string; table_name: string }>(
    `SELECT table_schema, table_name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
     ORDER BY table_schema, table_name`,
  );
  const parts: string[] = [];
  for (const { table_schema: schema, table_name: table } of tables) {
    const rows = await db.query<{ row: string }>(`SELECT t::text AS row FROM "${schema}"."${table}" t`);
    // One push per row: spreading a large table into one call would overflow the stack (a shared database may
    // hold other schemas, such as a kept benchmark data set).
    parts.push(`${schema}.${table}`);
    for (const r of rows) parts.push(r.row);
  }
  return parts.join('\n');
}

async function caseWithPerson(sql: SqlTestApi): Promise<string> {
  const { api } = sql;
  const id = randomUUID();
  const initiate = sampleCommands.initiate().payload;
  await api.given(id, parties.sendingCaseworker, 'InitiateRelocation', { ...initiate, person });
  await api.given(id, parties.sendingCaseworker, 'RecordConsent', sampleCommands.consentAll().payload);
  await api.given(id, parties.sendingCaseworker, 'SubmitRelocation', {});
  await api.given(id, parties.police, 'RecordThreatAssessment', sampleCommands.assess().payload);
  await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '2480' });
  await api.given(id, parties.receivingSupervisor, 'AssignHandler', { userId: parties.receiving.sub });
  await api.given(id, parties.receiving, 'AcceptHandover', { ...sampleCommands.accept().payload, address });
  await api.given(id, parties.police, 'GrantDestinationClearance', sampleCommands.clear().payload);
  return id;
}

/** Every free-text field a command takes, each with text found nowhere else. */
const freeText = {
  documentReference: 'FRITEXT-SAMTYCKE-4711',
  recommendation: 'Fritext rekommendation: undvik Älgvägen.',
  policeCaseReference: 'FRITEXT-PM-0815',
  escalation: 'Fritext eskalering: ny hotbild vid Björkstigen.',
  decline: 'Fritext avböjande: inga platser i Uppsala.',
  contactName: 'Fritext Kontaktsdotter',
  contactPhone: '090-4711471',
  clearance: 'Fritext klarering: ingen koppling till Umeå.',
  suspend: 'Fritext paus: sjukhusvistelse.',
  resume: 'Fritext återupptagen: utskriven.',
  extend: 'Fritext förlängning: polisen behöver tid.',
  followUp: 'Fritext uppföljning: barnen trivs i skolan.',
  close: 'Fritext avslut: familjen har bosatt sig.',
  transferReasons: 'Fritext överflyttning: starkast anknytning till Umeå.',
  personView: 'Fritext den enskildes syn: vill stanna i Umeå.',
  transferRefusal: 'Fritext avslag: ingen anknytning hit.',
  ivoReference: 'Fritext IVO-diarienummer 3.5.1-99/2026',
  refusal: 'Fritext vägran: släkt i kommunen.',
  abort: 'Fritext avbrott: flyttade på egen hand.',
  outcome: 'Fritext utfall: bor kvar med arbete.',
  // Fingerade personuppgifter: the new identity is personal data like the first.
  newName: 'Fritext Fingerad Identitet',
  newPersonalIdentityNumber: '197502022382',
} as const;

/** Two cases that carry every free-text field of every command (one closes, one is refused and aborted). */
async function casesWithFreeText(sql: SqlTestApi): Promise<string[]> {
  const { api } = sql;
  const start = async (id: string) => {
    await api.given(id, parties.sendingCaseworker, 'InitiateRelocation', sampleCommands.initiate().payload);
    await api.given(id, parties.sendingCaseworker, 'RecordConsent', {
      ...sampleCommands.consentAll().payload,
      documentReference: freeText.documentReference,
    });
    await api.given(id, parties.sendingCaseworker, 'SubmitRelocation', {});
    const assessment = {
      ...sampleCommands.assess().payload,
      recommendation: freeText.recommendation,
      policeCaseReference: freeText.policeCaseReference,
    };
    await api.given(id, parties.police, 'RecordThreatAssessment', assessment);
    await api.given(id, parties.police, 'EscalateThreat', {
      reason: freeText.escalation,
      exclusionZones: [{ kind: 'municipality', code: '0380' }],
    });
    await api.given(id, parties.police, 'RecordThreatAssessment', assessment);
    await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '2480' });
    await api.given(id, parties.receivingSupervisor, 'AssignHandler', { userId: parties.receiving.sub });
    await api.given(id, parties.receiving, 'AcceptHandover', {
      ...sampleCommands.accept().payload,
      contactPerson: { name: freeText.contactName, phone: freeText.contactPhone },
      address,
    });
  };
  const closed = randomUUID();
  await start(closed);
  await api.given(closed, parties.police, 'GrantDestinationClearance', { reason: freeText.clearance });
  await api.given(closed, parties.sendingCaseworker, 'SuspendCase', { reason: freeText.suspend });
  await api.given(closed, parties.sendingCaseworker, 'ResumeCase', { reason: freeText.resume });
  const deadline = (await api.state(closed)).deadlines[0];
  await api.given(closed, parties.coordinator, 'ExtendDeadline', {
    deadlineId: deadline?.deadlineId ?? '',
    dueAt: new Date(Date.parse(deadline?.dueAt ?? '') + 86_400_000).toISOString(),
    reason: freeText.extend,
  });
  await api.given(closed, parties.receiving, 'ConfirmArrival', sampleCommands.arrive().payload);
  // The transfer of the case carries free text too: the reasons, the person's view, a refusal, IVO's reference.
  await api.given(closed, parties.sendingCaseworker, 'RequestTransfer', {
    toMunicipalityCode: '2480',
    reasons: freeText.transferReasons,
    personView: freeText.personView,
  });
  await api.given(closed, parties.receiving, 'RefuseTransfer', { reasons: freeText.transferRefusal });
  await api.given(closed, parties.sendingCaseworker, 'RecordIvoApplication', {
    appliedOn: '2026-03-02',
    reference: freeText.ivoReference,
  });
  // Arrival moved no responsibility: the sending municipality follows up and closes.
  await api.given(closed, parties.sendingCaseworker, 'RecordFollowUp', {
    month: 1,
    notes: freeText.followUp,
  });
  await api.given(closed, parties.police, 'AssignHandler', { userId: parties.police.sub });
  await api.given(closed, parties.police, 'ChangeIdentity', {
    name: freeText.newName,
    personalIdentityNumber: freeText.newPersonalIdentityNumber,
    decidedOn: '2026-03-02',
  });
  await api.given(closed, parties.sendingCaseworker, 'CloseCase', {
    outcome: 'settled',
    notes: freeText.close,
  });
  // The 12-month outcome on the closed case (issue 15), with notes.
  await api.given(closed, parties.sendingCaseworker, 'RecordOutcome', {
    month: 12,
    outcome: 'stillLivingThere',
    notes: freeText.outcome,
  });

  const aborted = randomUUID();
  await start(aborted);
  await api.given(aborted, parties.police, 'RefuseDestinationClearance', { reason: freeText.refusal });
  await api.given(aborted, parties.sendingCaseworker, 'AbortRelocation', { reason: freeText.abort });
  return [closed, aborted];
}

/**
 * Erasure end to end on one database (PGlite or PostgreSQL): `makeDriver` gives the driver every store of the test
 * (event store, read models, key store, access log) shares.
 */
export function erasureSuite(name: string, makeDriver: () => SqlDriver): void {
  describe(`erasure destroys the key, records CaseErased and leaves no personal data anywhere (${name})`, () => {
    let sql: SqlTestApi;
    beforeAll(async () => {
      const driver = makeDriver();
      sql = await createSqlTestApi(driver, {
        accessLog: await createSqlAccessLog({ driver, schema: uniqueSchemaName('al') }),
      });
    });
    afterAll(() => sql.close());

    const get = async (url: string) =>
      sql.api.app.inject({
        url,
        headers: { authorization: `Bearer ${await sql.api.tokenFor(parties.sendingCaseworker)}` },
      });
    const lastPosition = async (id: string) =>
      (await sql.api.events(id)).at(-1)?.globalPosition.toString() ?? '0';

    it('dumps the whole database after erasure and finds none of the person’s data; the history still verifies', async () => {
      const id = await caseWithPerson(sql);
      const before = await get(`/v1/relocations/${id}?minPosition=${await lastPosition(id)}`);
      expect(before.json()).toHaveProperty('identity.name', person.name);
      const dumpBefore = await dumpDatabase(sql.store.driver);
      // The person's data is only ever sealed, so even before erasure no table holds it in clear.
      expect(dumpBefore).not.toContain(person.name);

      expect(
        await eraseCase(
          { commands: sql.api.commands, caseCrypto: sql.caseCrypto, newId: randomUUID },
          id,
          'operatorRequest',
        ),
      ).toBe(true);
      const after = await get(`/v1/relocations/${id}?minPosition=${await lastPosition(id)}`);
      expect(after.statusCode).toBe(200);
      expect(after.json()).toMatchObject({ erased: true });
      expect(after.json()).not.toHaveProperty('identity');

      const dump = await dumpDatabase(sql.store.driver);
      for (const secret of [
        person.name,
        person.personalIdentityNumber,
        '811218-9876',
        address,
        'Hemliga gränd',
      ]) {
        expect(dump).not.toContain(secret);
      }
      // No sealed copy survives in the read models, and the key material is gone from the key store.
      const rm = sql.readModels.schema;
      const [row] = await sql.store.driver.query<{ person_sealed: unknown; reception_plan_sealed: unknown }>(
        `SELECT person_sealed, reception_plan_sealed FROM "${rm}".relocations WHERE relocation_id = $1`,
        [id],
      );
      expect(row).toEqual({ person_sealed: null, reception_plan_sealed: null });
      await expect(sql.caseCrypto.openerFor(id)).rejects.toMatchObject({ code: 'DATA_KEY_DESTROYED' });

      const history = await get(`/v1/relocations/${id}/history`);
      const entries = history.json<{ entries: { type: string; erased?: true }[] }>().entries;
      expect(entries.map((e) => e.type)).toContain('CaseErased');
      expect(entries.find((e) => e.type === 'RelocationInitiated')).toMatchObject({ erased: true });
      expect(await sql.store.verify({ streamPrefix: relocationStreamPrefix })).toMatchObject({
        ok: true,
        problems: [],
      });

      // Erasing again is harmless; the case takes no further command.
      expect(
        await eraseCase(
          { commands: sql.api.commands, caseCrypto: sql.caseCrypto, newId: randomUUID },
          id,
          'operatorRequest',
        ),
      ).toBe(false);
      const suspend = await sql.api.command(parties.sendingCaseworker, 'suspend', id, { reason: 'Paus.' });
      expect(suspend.statusCode).toBe(409);
      expect(suspend.json()).toMatchObject({ code: 'CASE_ERASED' });
    });

    it('dumps the whole database after erasure and finds none of the free text of any command', async () => {
      const ids = await casesWithFreeText(sql);
      for (const id of ids) {
        const read = await get(`/v1/relocations/${id}/history?minPosition=${await lastPosition(id)}`);
        expect(read.statusCode, read.body).toBe(200);
      }
      // Free text is sealed like the identity from the start: no table holds it in clear even before erasure.
      const dumpBefore = await dumpDatabase(sql.store.driver);
      for (const id of ids) {
        await eraseCase(
          { commands: sql.api.commands, caseCrypto: sql.caseCrypto, newId: randomUUID },
          id,
          'operatorRequest',
        );
        await get(`/v1/relocations/${id}?minPosition=${await lastPosition(id)}`);
      }
      const dump = await dumpDatabase(sql.store.driver);
      const inClear = (text: string) =>
        Object.entries(freeText).flatMap(([field, value]) => (text.includes(value) ? [field] : []));
      expect({ before: inClear(dumpBefore), after: inClear(dump) }).toEqual({ before: [], after: [] });
    });

    it('the retention job erases cases whose last entry is older than the setting, by an injected clock', async () => {
      const id = await caseAt(sql.api, 'matching');
      await get(`/v1/relocations/${id}?minPosition=${await lastPosition(id)}`);
      const driver = sql.store.driver;
      const run = (now: Date) =>
        runRetentionOnce({
          years: 5,
          clock: () => now,
          candidates: (cutoff, limit) => retentionCandidates(driver, sql.readModels.schema, cutoff, limit),
          erase: (relocationId, reason) =>
            eraseCase(
              { commands: sql.api.commands, caseCrypto: sql.caseCrypto, newId: randomUUID },
              relocationId,
              reason,
            ),
        });
      const events = await sql.api.events(id);
      const lastEntry = new Date(String((events.at(-1)?.metadata as { occurredAt: string }).occurredAt));
      const fourYears = new Date(lastEntry.getTime() + 4 * 365 * 86_400_000);
      const sixYears = new Date(lastEntry.getTime() + 6 * 366 * 86_400_000);
      expect(await run(fourYears)).toBe(0);
      expect((await sql.api.state(id)).erased).toBe(false);
      expect(await run(sixYears)).toBeGreaterThanOrEqual(1);
      expect((await sql.api.state(id)).erased).toBe(true);
      expect((await sql.api.events(id)).at(-1)?.metadata).toMatchObject({
        actor: { organisationId: 'system:retention', role: 'system' },
      });
    });
  });
}
