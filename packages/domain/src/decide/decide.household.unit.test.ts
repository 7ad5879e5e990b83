/**
 * The household and its children (docs/design.md §3.2): members named and removed while the case is open, each with
 * a sealed identity and consent; a child's view; the children's impact assessment before proposal and again before
 * acceptance; protected housing for a child without a guardian's consent only after the administrative court allows
 * it (lag 2024:79); a school placement owed by the receiving municipality after arrival.
 */
import { describe, expect, it } from 'vitest';
import { resolveDeadlinePolicy } from '../deadlines/policy.ts';
import type { DomainEvent } from '../events/event.ts';
import { householdCounts } from '../state/householdMember.ts';
import {
  actors,
  command,
  fakeUnseal,
  given,
  historyTo,
  householdCommands as h,
  protectedHousingProvider,
  householdIds as ids,
  sampleCommands,
  testContext,
} from '../testing/index.ts';

const dataOf = (events: readonly DomainEvent[], type: DomainEvent['type']) =>
  events.find((event) => event.type === type)?.data as Record<string, unknown>;

const acceptOwnLease = () =>
  command('AcceptHandover', actors.receiving, {
    contactPerson: { name: 'Kontakt Person', phone: '090-123456' },
    housing: { type: 'ownLease' },
    plannedMoveDate: '2026-03-16',
  });

describe('household members', () => {
  it('names an adult and a child with sealed identity and consent; only role, birth year and flags are plain', () => {
    const partner = given(historyTo.draft()).when(h.addPartner()).then(['HouseholdMemberAdded']);
    const adult = dataOf(partner, 'HouseholdMemberAdded');
    expect(adult).toMatchObject({
      memberId: ids.partner,
      role: 'adult',
      birthYear: null,
      guardianConsent: null,
    });
    expect(fakeUnseal(adult.identity as never)).toMatchObject({ name: 'Partner Testsson' });
    expect(fakeUnseal(adult.consent as never)).toMatchObject({
      kind: 'own',
      documentReference: 'SAMTYCKE-2026-18',
    });

    const child = given([...historyTo.draft(), h.addPartner()])
      .when(h.addChildWithoutConsent())
      .then(['HouseholdMemberAdded']);
    const plain = dataOf(child, 'HouseholdMemberAdded');
    expect(plain).toMatchObject({
      role: 'child',
      birthYear: 2013,
      protectedIdentity: true,
      guardianConsent: 'missing',
    });
    const text = JSON.stringify(child.map((event) => ({ ...event.data, identity: null, consent: null })));
    expect(text).not.toContain('Skyddat');
    expect(text).not.toContain('201308074564');
  });

  it('makes the member id when the request gives none', () => {
    const { memberId: _, ...payload } = h.addPartner().payload;
    const events = given(historyTo.draft())
      .when(command('AddHouseholdMember', actors.sending, payload))
      .then(['HouseholdMemberAdded']);
    expect(dataOf(events, 'HouseholdMemberAdded').memberId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a member id already taken, an age that does not fit the role, and an adult with guardians', () => {
    given([...historyTo.draft(), h.addPartner()])
      .when(h.addPartner())
      .thenRejects('MEMBER_ALREADY_ADDED');
    const childAsAdult = { ...h.addChild(), payload: { ...h.addChild().payload, role: 'adult' as const } };
    given(historyTo.draft())
      .when({
        ...childAsAdult,
        payload: { ...childAsAdult.payload, consent: h.addPartner().payload.consent },
      })
      .thenRejects('MEMBER_AGE_MISMATCH');
    const adultAsChild = {
      ...h.addChild(),
      payload: { ...h.addChild().payload, person: h.addPartner().payload.person },
    };
    given(historyTo.draft()).when(adultAsChild).thenRejects('MEMBER_AGE_MISMATCH');
    given(historyTo.draft()).when(childAsAdult).thenRejects('INVALID_COMMAND');
  });

  it('removes a member, and refuses an unknown one', () => {
    given([...historyTo.matching(), h.addPartner()])
      .when(command('RemoveHouseholdMember', actors.sending, { memberId: ids.partner }))
      .then([{ type: 'HouseholdMemberRemoved', data: { memberId: ids.partner } }]);
    given(historyTo.matching())
      .when(command('RemoveHouseholdMember', actors.sending, { memberId: ids.partner }))
      .thenRejects('MEMBER_NOT_FOUND');
  });

  it('is for the responsible municipality only, and only while the case is open', () => {
    const history = [...historyTo.destinationClearance()];
    given(history)
      .when({ ...h.addPartner(), actor: actors.receiving })
      .thenRejects('FORBIDDEN_FOR_ROLE');
    given(history)
      .when({ ...h.addPartner(), actor: actors.police })
      .thenRejects('FORBIDDEN_FOR_ROLE');
    given(history)
      .when({ ...h.addPartner(), actor: actors.coordinator })
      .thenRejects('FORBIDDEN_FOR_ROLE');
    given(history)
      .when({ ...h.addPartner(), actor: actors.outsider })
      .thenRejects('NOT_A_PARTICIPANT');
    const closed = [...historyTo.followUp(), sampleCommands.followUp(1), sampleCommands.close()];
    given(closed).when(h.addPartner()).thenRejects('NOT_ALLOWED_IN_STATE');
  });

  it('keeps the plain counts consistent: the declared ones until a member is named, then derived', () => {
    const draft = given(historyTo.draft()).state;
    expect(householdCounts({ adults: 1, childrenAges: [4, 9] }, draft.householdMembers, 2026)).toEqual({
      adults: 1,
      childrenAges: [4, 9],
    });
    const family = given([
      ...historyTo.draft(),
      h.addPartner(),
      h.addChild(),
      h.addChildWithoutConsent(),
    ]).state;
    expect(householdCounts({ adults: 1, childrenAges: [4, 9] }, family.householdMembers, 2026)).toEqual({
      adults: 2,
      childrenAges: [10, 13],
    });
  });
});

describe('children', () => {
  const family = () => [...historyTo.matching(), h.addChild(), h.addChildWithoutConsent()];

  it('records a child’s view, weighed by age: from 15 their own wishes, younger as maturity allows', () => {
    const view = (memberId: string, heardOn: string) =>
      command('RecordChildView', actors.sending, { memberId, heardOn, view: 'Vill bo nära mormor.' });
    const young = given(family()).when(view(ids.child, '2026-03-02')).then(['ChildViewRecorded']);
    expect(dataOf(young, 'ChildViewRecorded')).toMatchObject({ weight: 'heardAsMaturityAllows' });
    expect(fakeUnseal(dataOf(young, 'ChildViewRecorded').view as never)).toBe('Vill bo nära mormor.');
    const older = given(family())
      .when(view(ids.childWithoutConsent, '2028-01-10'))
      .then(['ChildViewRecorded']);
    expect(dataOf(older, 'ChildViewRecorded')).toMatchObject({ weight: 'ownWishesCarryWeight' });
    given([...family(), h.addPartner()])
      .when(view(ids.partner, '2026-03-02'))
      .thenRejects('MEMBER_NOT_A_CHILD');
    given(historyTo.matching()).when(view(ids.child, '2026-03-02')).thenRejects('MEMBER_NOT_FOUND');
  });

  it('refuses a proposal until every child has an impact assessment', () => {
    given(family()).when(sampleCommands.proposeReceiving()).thenRejects('CHILD_IMPACT_ASSESSMENT_MISSING');
    given([...family(), h.assess(ids.child)])
      .when(sampleCommands.proposeReceiving())
      .thenRejects('CHILD_IMPACT_ASSESSMENT_MISSING');
    given([...family(), h.assess(ids.child), h.assess(ids.childWithoutConsent)])
      .when(sampleCommands.proposeReceiving())
      .then(['ReceivingMunicipalityProposed', 'DeadlineScheduled']);
    // A case without children proposes as before.
    given(historyTo.matching())
      .when(sampleCommands.proposeReceiving())
      .then(['ReceivingMunicipalityProposed', 'DeadlineScheduled']);
  });

  const proposed = () => [
    ...family(),
    h.assess(ids.child),
    h.assess(ids.childWithoutConsent),
    sampleCommands.proposeReceiving(),
  ];

  it('refuses acceptance until every child is assessed again after the proposal', () => {
    given(proposed()).when(acceptOwnLease()).thenRejects('CHILD_IMPACT_ASSESSMENT_MISSING');
    const again = given([...proposed(), h.assess(ids.child)]).when(h.assess(ids.childWithoutConsent));
    expect(
      dataOf(again.then(['ChildImpactAssessmentRecorded']), 'ChildImpactAssessmentRecorded'),
    ).toMatchObject({
      stage: 'beforeAcceptance',
    });
    given([...proposed(), h.assess(ids.child), h.assess(ids.childWithoutConsent)])
      .when(acceptOwnLease())
      .then(['HandoverAccepted', 'DeadlineMet', 'DeadlineScheduled']);
  });

  const reassessed = () => [...proposed(), h.assess(ids.child), h.assess(ids.childWithoutConsent)];

  it('blocks protected housing for a child without a guardian’s consent until the court allows it', () => {
    given(reassessed()).when(sampleCommands.accept()).thenRejects('GUARDIAN_CONSENT_MISSING');
    given(reassessed())
      .when(h.courtDecides(ids.childWithoutConsent, 'placementAllowed'))
      .thenRejects('COURT_APPLICATION_MISSING');
    given(reassessed()).when(h.applyToCourt(ids.child)).thenRejects('COURT_APPLICATION_NOT_NEEDED');
    const applied = [...reassessed(), h.applyToCourt(ids.childWithoutConsent)];
    given(applied).when(sampleCommands.accept()).thenRejects('GUARDIAN_CONSENT_MISSING');
    given(applied).when(h.applyToCourt(ids.childWithoutConsent)).thenRejects('COURT_APPLICATION_NOT_NEEDED');
    given([...applied, h.courtDecides(ids.childWithoutConsent, 'placementRefused')])
      .when(sampleCommands.accept())
      .thenRejects('GUARDIAN_CONSENT_MISSING');
    given([...applied, h.courtDecides(ids.childWithoutConsent, 'placementAllowed')])
      .when(sampleCommands.accept())
      .then(['HandoverAccepted', 'DeadlineMet', 'DeadlineScheduled']);
  });

  it('blocks a direct placement in protected housing the same way, not one in another unit', () => {
    const placeIn = (unitId: string) =>
      command('PlaceDirectly', actors.sending, {
        municipalityCode: '2480',
        unitId,
        plannedMoveDate: '2026-03-05',
        reason: 'Akut hot.',
      });
    given(family()).when(placeIn(protectedHousingProvider.id)).thenRejects('GUARDIAN_CONSENT_MISSING');
    given(family())
      .when(sampleCommands.placeDirectly())
      .then(['PlacedDirectly', 'DeadlineScheduled', 'DeadlineScheduled']);
    given([
      ...family(),
      h.applyToCourt(ids.childWithoutConsent),
      h.courtDecides(ids.childWithoutConsent, 'placementAllowed'),
    ])
      .when(placeIn(protectedHousingProvider.id))
      .then(['PlacedDirectly', 'DeadlineScheduled', 'DeadlineScheduled']);
  });

  it('owes a school placement for each school-age child after arrival, owned by the receiving municipality', () => {
    const arrived = [...reassessed(), acceptOwnLease(), sampleCommands.clear()];
    const events = given(arrived).when(sampleCommands.arrive()).decision;
    expect(events.ok).toBe(true);
    if (!events.ok) return;
    const required = events.events.filter((event) => event.type === 'SchoolPlacementRequired');
    // Born 2016 and 2013: 10 and 13 in 2026, both of school age.
    expect(required.map((event) => event.data)).toEqual([
      { memberId: ids.child },
      { memberId: ids.childWithoutConsent },
    ]);
    const school = events.events.find(
      (event) => event.type === 'DeadlineScheduled' && event.data.kind === 'schoolPlacement',
    );
    expect(school?.data).toMatchObject({ ownerOrganisationId: actors.receiving.organisationId });

    const place = (memberId: string) =>
      command('RecordSchoolPlacement', actors.receiving, { memberId, startsOn: '2026-03-23' });
    const afterArrival = [...arrived, sampleCommands.arrive()];
    given(afterArrival).when(place(ids.child)).then(['SchoolPlacementRecorded']);
    given([...afterArrival, place(ids.child)])
      .when(place(ids.childWithoutConsent))
      .then(['SchoolPlacementRecorded', 'DeadlineMet']);
    given([...afterArrival, place(ids.child)])
      .when(place(ids.child))
      .thenRejects('SCHOOL_PLACEMENT_NOT_REQUIRED');
    given(afterArrival)
      .when({ ...place(ids.child), actor: actors.sending })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });

  it('takes the school age from the deadline policy', () => {
    const context = testContext({
      deadlinePolicy: resolveDeadlinePolicy({ schoolAge: { from: 11, to: 15 } }),
    });
    const arrived = [...reassessed(), acceptOwnLease(), sampleCommands.clear()];
    const decision = given(arrived, context).when(sampleCommands.arrive()).decision;
    expect(
      decision.ok && decision.events.filter((e) => e.type === 'SchoolPlacementRequired').map((e) => e.data),
    ).toEqual([{ memberId: ids.childWithoutConsent }]);
  });
});
