import { describe, expect, it } from 'vitest';
import { decide } from '../decide/decide.ts';
import { stalledCaseNotified, stalledCaseWatcher } from '../deadlines/stalledCaseWatcher.ts';
import { policeRegions } from '../reference/policeRegions.ts';
import { testContext } from '../testing/decideRunner.ts';
import { actors, command, historyTo } from '../testing/fixtures.ts';
import { given } from '../testing/given.ts';
import {
  auditOrganisationId,
  coordinatorOrganisationId,
  organisationIdSchema,
  policeOrganisationId,
  policeRegionOf,
} from './actor.ts';

describe('organisation ids', () => {
  it('take a police region only from the one list of regions', () => {
    for (const region of policeRegions) {
      expect(organisationIdSchema.safeParse(policeOrganisationId(region)).success).toBe(true);
      expect(policeRegionOf(policeOrganisationId(region))).toBe(region);
    }
    for (const id of ['police:gotland', 'police:', 'police:Syd', 'police:syd-x']) {
      expect(organisationIdSchema.safeParse(id).success).toBe(false);
      expect(policeRegionOf(id)).toBeNull();
    }
  });

  it('name the coordinator and the auditor once', () => {
    expect(coordinatorOrganisationId).toBe('coordinator:national');
    expect(auditOrganisationId).toBe('audit:national');
    for (const id of [
      coordinatorOrganisationId,
      auditOrganisationId,
      'municipality:0180',
      'system:deadlines',
    ])
      expect(organisationIdSchema.safeParse(id).success).toBe(true);
    for (const id of ['coordinator:syd', 'audit:local', 'municipality:18', 'kommun:0180'])
      expect(organisationIdSchema.safeParse(id).success).toBe(false);
  });
});

describe('the stalled-case watcher', () => {
  it('is the coordinator, alerted to every missed deadline before its owner', () => {
    expect(stalledCaseWatcher).toBe(coordinatorOrganisationId);
    expect(stalledCaseNotified('police:nord')).toEqual([coordinatorOrganisationId, 'police:nord']);
    const context = testContext();
    const { state } = given(historyTo.threatAssessment());
    const deadline = state.deadlines[0]!;
    context.clock.set(new Date(Date.parse(deadline.dueAt) + 1).toISOString());
    const decision = decide(
      command('MarkDeadlineMissed', actors.monitor, { deadlineId: deadline.deadlineId }),
      state,
      context,
    );
    expect(decision.ok && decision.events.find((e) => e.type === 'EscalationRaised')?.data).toMatchObject({
      notify: [coordinatorOrganisationId, deadline.ownerOrganisationId],
    });
  });
});
