import { randomUUID } from 'node:crypto';
import { participations, visibilityMatrix, type DataClass, type Participation } from '@relocation/domain';
import type { Command } from '@relocation/domain';
import {
  fakeUnseal,
  historyTo,
  municipalUnit,
  runCommands,
  sampleCommands,
  testContext,
} from '@relocation/domain/testing';
import { describe, expect, it } from 'vitest';
import { applyToCase } from '../projector/applyToCase.ts';
import type { CaseRecord } from '../projector/caseRecord.ts';
import { caseViewFor } from './caseViewFor.ts';
import type { CaseView } from './caseViewSchema.ts';
import { viewFor } from './viewFor.ts';

/** A case at awaitingArrival folded in memory, exactly as the projector folds it. */
function caseRecord(history: readonly Command[] = historyTo.awaitingArrival()): CaseRecord {
  const relocationId = randomUUID();
  const commands = history.map((c) => ({ ...c, relocationId }));
  const { events } = runCommands(commands, testContext({ newId: randomUUID }));
  let record: CaseRecord | undefined;
  events.forEach((event, revision) => {
    record = applyToCase(record, event, {
      relocationId,
      streamName: `relocation-${relocationId}`,
      revision,
      position: BigInt(revision + 1),
    });
  });
  if (record === undefined) throw new Error('no events');
  return record;
}

/** The view block each data class shows up in (the threat block holds three classes, told apart by its keys). */
const blockOf: Record<Exclude<DataClass, 'accessLog'>, (view: CaseView) => boolean> = {
  workflow: (view) => view.workflow !== undefined,
  identity: (view) => view.identity !== undefined,
  pseudonym: (view) => view.pseudonym !== undefined,
  householdAndNeeds: (view) => view.householdAndNeeds !== undefined,
  threatLevel: (view) => view.threat?.level !== undefined,
  threatLevelAndConstraints: (view) => view.threat?.exclusionZones !== undefined,
  threatDetails: (view) => view.threat?.details !== undefined,
  receptionPlan: (view) => view.receptionPlan !== undefined,
  receivingMunicipality: (view) => view.receivingMunicipality !== undefined,
};

describe('caseViewFor', () => {
  it('shows a direct placement: the destination and its acknowledgement, the unit only in the reception plan', async () => {
    const record = caseRecord([...historyTo.matching(), sampleCommands.placeDirectly()]);
    const viewAs = (participation: Participation, callerOrganisationId: string) =>
      caseViewFor({
        record,
        participation,
        callerOrganisationId,
        open: async (envelope) => ({ value: fakeUnseal(envelope) }),
        now: new Date('2026-03-02T09:00:00.000Z'),
      });
    const destination = await viewAs('acceptedReceiving', 'municipality:2480');
    expect(destination.workflow?.directPlacement).toEqual({ municipalityCode: '2480', acknowledged: false });
    expect(destination.receptionPlan).toMatchObject({
      municipalityCode: '2480',
      providerId: municipalUnit.id,
      plannedMoveDate: '2026-03-05',
    });
    expect(destination.workflow?.deadlines.map((d) => d.kind)).toContain('placementAcknowledgement');
    const police = await viewAs('police', 'police:nord');
    expect(police.receptionPlan?.providerId).toBe(municipalUnit.id);
    // The coordinator sees that a placement waits for acknowledgement, never the unit.
    const coordinator = await viewAs('coordinator', 'coordinator:national');
    expect(coordinator.workflow?.directPlacement?.acknowledged).toBe(false);
    expect(coordinator.receptionPlan).toBeUndefined();
  });

  it('shows each data class to exactly the participations the matrix lists', async () => {
    const record = caseRecord();
    for (const participation of participations) {
      const view = await caseViewFor({
        record,
        participation,
        callerOrganisationId: 'municipality:0180',
        open: async (envelope) => ({ value: fakeUnseal(envelope) }),
        now: new Date('2026-03-02T09:00:00.000Z'),
      });
      for (const [dataClass, shows] of Object.entries(blockOf) as [
        keyof typeof blockOf,
        (v: CaseView) => boolean,
      ][]) {
        const allowed = (visibilityMatrix[dataClass] as readonly Participation[]).includes(participation);
        expect({ participation, dataClass, shown: shows(view) }).toEqual({
          participation,
          dataClass,
          shown: allowed,
        });
      }
    }
  });

  it("lists the caller's own organisation's handlers and nobody else's", async () => {
    const record = caseRecord();
    const organisations = [...new Set(record.state.handlers.map((h) => h.organisationId))];
    expect(organisations.length).toBeGreaterThan(0);
    for (const organisationId of [...organisations, 'municipality:2480']) {
      const view = await caseViewFor({
        record,
        participation: 'sending',
        callerOrganisationId: organisationId,
        open: async (envelope) => ({ value: fakeUnseal(envelope) }),
        now: new Date('2026-03-02T09:00:00.000Z'),
      });
      expect(view.handlers).toEqual(
        record.state.handlers
          .filter((h) => h.organisationId === organisationId)
          .map((h) => ({ userId: h.userId })),
      );
    }
    const outsider = await caseViewFor({
      record,
      participation: 'none',
      callerOrganisationId: organisations[0] ?? '',
      open: async (envelope) => ({ value: fakeUnseal(envelope) }),
      now: new Date('2026-03-02T09:00:00.000Z'),
    });
    expect(outsider.handlers).toBeUndefined();
  });

  it('builds views from the matrix and nothing else', () => {
    expect([...viewFor('coordinator').classes].sort()).toEqual(
      ['householdAndNeeds', 'pseudonym', 'receivingMunicipality', 'threatLevel', 'workflow'].sort(),
    );
    for (const participation of ['none', 'declined', 'system'] as const) {
      expect(viewFor(participation).classes.size).toBe(0);
    }
    expect([...viewFor('auditor').classes]).toEqual(['accessLog']);
  });
});
