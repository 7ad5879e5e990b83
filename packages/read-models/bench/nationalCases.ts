/**
 * Ten years of a national system's cases, made by the domain itself: every case is a sequence of commands decided
 * against its own state (so every event is one the engine could have written), on a clock that moves with the case.
 * The mix follows what the coordinator sees in practice: most cases end in a handover, some by direct placement,
 * some are aborted; one or two municipalities decline first; handlers change; deadlines are missed when a party is
 * slow (the deadline monitor's MarkDeadlineMissed at the due time), and cases that started in the last year are
 * still open at `now`, spread over the stages, some of them stalled.
 *
 * Deterministic for a seed: the same seed gives the same commands (ids and sealed envelopes differ per run).
 */
import { randomUUID } from 'node:crypto';
import {
  decide,
  evolve,
  initialState,
  municipalities,
  policeRegionOfMunicipality,
  type Actor,
  type Command,
  type CommandPayload,
  type CommandType,
  type DomainEvent,
  type Provider,
  type RelocationState,
} from '@relocation/domain';
import { fixedClock, testContext } from '@relocation/domain/testing';

const DAY = 86_400_000;

/** A small, fast, seeded PRNG (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One municipal unit notified to IVO in every municipality, and one protected-housing provider with a permit. */
export const nationalProviders: readonly Provider[] = [
  {
    id: 'provider-skyddat-nationellt',
    name: 'Skyddat boende Nationellt AB',
    permits: [{ validFrom: '2015-01-01', validTo: '2035-12-31' }],
  },
  ...municipalities.map((m): Provider => ({
    id: `unit-${m.code}`,
    name: `${m.name} kommuns akutboende`,
    permits: [],
    municipalityCode: m.code,
    notifiedToIvoOn: '2015-01-01',
  })),
];

/** Events of one case in the order written, in batches: one batch per command, with the time it was decided. */
export interface GeneratedCase {
  readonly relocationId: string;
  readonly batches: { readonly at: number; readonly events: readonly DomainEvent[] }[];
}

export interface GenerationOptions {
  /** The instant the data set ends at (cases still open then are in progress or stalled). */
  readonly now: string;
  readonly years: number;
}

type Pick = <T>(list: readonly T[]) => T;

const adultNames = ['Anna', 'Erik', 'Maria', 'Johan', 'Sara', 'Ali', 'Fatima', 'Mikael', 'Elin', 'Ahmed'];

/** A valid personnummer (Luhn) for a birth date, made up. */
export function personnummer(random: () => number): string {
  const year = 1960 + Math.floor(random() * 45);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const serial = 1 + Math.floor(random() * 998);
  const nine = `${String(year).slice(2)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return `${String(year).slice(0, 2)}${nine}${check}`;
}

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Makes one case that starts at `startAt`, running it as far as `now` allows. Throws if the domain rejects a
 * command: the generator then makes commands the engine would not take, which is a bug here.
 */
export function generateCase(
  random: () => number,
  startAt: number,
  options: GenerationOptions,
): GeneratedCase {
  const relocationId = randomUUID();
  const nowMs = Date.parse(options.now);
  const pick: Pick = (list) => list[Math.floor(random() * list.length)] as (typeof list)[number];
  const chance = (p: number): boolean => random() < p;
  const clock = fixedClock(new Date(startAt).toISOString());
  const context = testContext({ clock, newId: randomUUID, providers: nationalProviders });
  let state: RelocationState = initialState();
  const batches: GeneratedCase['batches'] = [];
  let stopped = false;

  const sending = pick(municipalities);
  const sendingRegion = policeRegionOfMunicipality(sending.code) ?? 'stockholm';
  const elsewhere = municipalities.filter((m) => m.countyCode !== sending.countyCode);
  const actor = (organisationId: string, role: string, userId: string): Actor =>
    ({ organisationId, role, userId }) as Actor;
  const caseworker = actor(`municipality:${sending.code}`, 'caseworker', `handl-${sending.code}-1`);
  const sendingSupervisor = actor(`municipality:${sending.code}`, 'supervisor', `chef-${sending.code}`);
  const police = actor(`police:${sendingRegion}`, 'police', `polis-${sendingRegion}-1`);
  const coordinator = actor('coordinator:national', 'coordinator', 'samordnare-1');
  const monitor = actor('system:deadlines', 'system', 'deadline-monitor');
  const supervisorOf = (code: string): Actor => actor(`municipality:${code}`, 'supervisor', `chef-${code}`);

  /** Runs a command at the current clock, first marking the deadlines that fell due while the case waited. */
  const run = <T extends CommandType>(type: T, by: Actor, payload: CommandPayload<T>): void => {
    const at = Date.parse(clock.now());
    for (const deadline of state.deadlines) {
      const due = Date.parse(deadline.dueAt);
      if (!deadline.missed && due < at) {
        clock.set(new Date(due + 60_000).toISOString());
        apply('MarkDeadlineMissed', monitor, { deadlineId: deadline.deadlineId });
      }
    }
    clock.set(new Date(at).toISOString());
    apply(type, by, payload);
  };
  const apply = <T extends CommandType>(type: T, by: Actor, payload: CommandPayload<T>): void => {
    const command = {
      type,
      relocationId,
      commandId: randomUUID(),
      correlationId: randomUUID(),
      actor: by,
      payload,
    } as unknown as Command;
    const decision = decide(command, state, context);
    if (!decision.ok)
      throw new Error(
        `generator: ${type} rejected (${decision.error.code}: ${JSON.stringify(decision.error.details ?? decision.error)}) in ${state.status}`,
      );
    state = decision.events.reduce(evolve, state);
    // Kept in order even where the clock was set back to a deadline's due time.
    batches.push({ at: Math.max(Date.parse(clock.now()), batches.at(-1)?.at ?? 0), events: decision.events });
  };
  /**
   * Lets time pass before the next step: usually a few days, sometimes (a slow party) weeks. Returns false, and
   * the case stays where it is, when the next step would come after `now`.
   */
  const wait = (typicalDays: number, slowDays = typicalDays * 6): boolean => {
    if (stopped) return false;
    const days = chance(0.12) ? slowDays * (0.5 + random()) : typicalDays * (0.3 + random() * 1.4);
    const next = Date.parse(clock.now()) + days * DAY;
    if (next >= nowMs) {
      // The monitor would have marked what fell due by now.
      for (const deadline of state.deadlines) {
        const due = Date.parse(deadline.dueAt);
        if (!deadline.missed && due < nowMs) {
          clock.set(new Date(due + 60_000).toISOString());
          apply('MarkDeadlineMissed', monitor, { deadlineId: deadline.deadlineId });
        }
      }
      stopped = true;
      return false;
    }
    clock.set(new Date(next).toISOString());
    return true;
  };

  const urgency = chance(0.35) ? 'acute' : 'planned';
  const adults = chance(0.7) ? 1 : 2;
  const childrenCount = chance(0.6) ? 0 : 1 + Math.floor(random() * 3);
  run('InitiateRelocation', caseworker, {
    person: {
      name: `${pick(adultNames)} Testsson`,
      personalIdentityNumber: personnummer(random),
      protectionLevel: chance(0.8) ? 'none' : 'confidentialAddress',
    },
    household: {
      adults,
      childrenAges: Array.from({ length: childrenCount }, () => Math.floor(random() * 18)),
    },
    needs: [
      'housing',
      ...(chance(0.3) ? (['protectedHousing'] as const) : []),
      ...(childrenCount ? (['school'] as const) : []),
    ],
    urgency,
    exclusionZones: [{ kind: 'county', code: sending.countyCode }],
  });
  const abortAt = chance(0.08) ? 1 + Math.floor(random() * 4) : -1;
  const abortIfDue = (step: number): boolean => {
    if (step !== abortAt || !wait(3)) return step === abortAt;
    run('AbortRelocation', caseworker, { reason: 'Personen avbröt flytten.' });
    return true;
  };

  if (!wait(1)) return { relocationId, batches };
  run('RecordConsent', caseworker, {
    parties: ['police', 'coordinator', 'receivingMunicipality'],
    consentDate: isoDate(Date.parse(clock.now())),
    documentReference: 'SAMTYCKE',
  });
  if (chance(0.3)) run('AssignHandler', sendingSupervisor, { userId: `handl-${sending.code}-2` });
  if (!wait(1)) return { relocationId, batches };
  run('SubmitRelocation', caseworker, {});
  if (abortIfDue(1) || !wait(urgency === 'acute' ? 1 : 4)) return { relocationId, batches };
  run('RecordThreatAssessment', police, {
    level: pick(['low', 'elevated', 'high', 'severe'] as const),
    validUntil: isoDate(Date.parse(clock.now()) + 365 * DAY),
    exclusionZones: [],
    recommendation: 'Flytt långt från nuvarande ort.',
    policeCaseReference: 'PM-0001',
  });
  if (abortIfDue(2)) return { relocationId, batches };

  const moveIn = (): number => Date.parse(clock.now()) + (5 + random() * 20) * DAY;
  let destination: string;
  if (urgency === 'acute' && chance(0.25)) {
    if (!wait(1)) return { relocationId, batches };
    destination = pick(elsewhere).code;
    const moveDate = moveIn();
    run('PlaceDirectly', caseworker, {
      municipalityCode: destination,
      unitId: `unit-${destination}`,
      plannedMoveDate: isoDate(moveDate),
      reason: 'Akut hot.',
    });
    if (!wait(1)) return { relocationId, batches };
    run('AcknowledgeDirectPlacement', supervisorOf(destination), {});
  } else {
    const declines = chance(0.6) ? 0 : chance(0.7) ? 1 : 2;
    const tried = new Set<string>();
    for (let i = 0; ; i += 1) {
      if (!wait(2)) return { relocationId, batches };
      let candidate = pick(elsewhere).code;
      while (tried.has(candidate)) candidate = pick(elsewhere).code;
      tried.add(candidate);
      run('ProposeReceivingMunicipality', coordinator, { municipalityCode: candidate });
      if (!wait(5, 20)) return { relocationId, batches };
      if (i < declines) {
        run('DeclineHandover', supervisorOf(candidate), {
          reasonCategory: pick(['noHousing', 'noCapacity', 'threatSituation', 'other'] as const),
          reason: 'Kan inte ta emot just nu.',
        });
        continue;
      }
      destination = candidate;
      break;
    }
    if (abortIfDue(3)) return { relocationId, batches };
    const housing = chance(0.3)
      ? ({ type: 'protectedHousing', providerId: 'provider-skyddat-nationellt' } as const)
      : chance(0.5)
        ? ({ type: 'acuteHousing' } as const)
        : ({ type: 'ownLease' } as const);
    run('AcceptHandover', supervisorOf(destination), {
      contactPerson: { name: 'Kontakt Person', phone: '010-123456' },
      housing,
      plannedMoveDate: isoDate(moveIn()),
    });
    if (chance(0.5)) run('AssignHandler', supervisorOf(destination), { userId: `handl-${destination}-1` });
  }
  if (!wait(2)) return { relocationId, batches };
  run('GrantDestinationClearance', police, { reason: 'Ingen känd koppling.' });
  if (abortIfDue(4)) return { relocationId, batches };
  const planned = state.plannedMoveDate ?? isoDate(Date.parse(clock.now()));
  const arrival = Math.max(Date.parse(`${planned}T09:00:00.000Z`), Date.parse(clock.now()) + DAY);
  if (arrival >= nowMs) return { relocationId, batches };
  clock.set(new Date(arrival).toISOString());
  run('ConfirmArrival', supervisorOf(destination), { arrivedOn: isoDate(arrival) });
  for (const month of [1, 3, 6] as const) {
    const due = arrival + month * 30 * DAY;
    const at = due - 5 * DAY + (chance(0.1) ? 20 * DAY : random() * 5 * DAY);
    if (at >= nowMs) return { relocationId, batches };
    clock.set(new Date(at).toISOString());
    run('RecordFollowUp', caseworker, { month, notes: 'Uppföljning gjord.' });
  }
  if (!wait(7)) return { relocationId, batches };
  run('CloseCase', caseworker, {
    outcome: pick(['settled', 'settled', 'settled', 'movedOn', 'returned', 'other'] as const),
  });
  // The outcomes 6 and 12 months after arrival (issue 15), on the closed case, mostly on time.
  for (const month of [6, 12] as const) {
    const at = arrival + month * 30.5 * DAY + (chance(0.1) ? 30 : random() * 5) * DAY;
    if (at >= nowMs) return { relocationId, batches };
    clock.set(new Date(Math.max(at, Date.parse(clock.now()))).toISOString());
    run('RecordOutcome', caseworker, {
      month,
      outcome: pick([
        'stillLivingThere',
        'stillLivingThere',
        'movedOnByChoice',
        'returned',
        'lostContact',
      ] as const),
    });
  }
  return { relocationId, batches };
}
