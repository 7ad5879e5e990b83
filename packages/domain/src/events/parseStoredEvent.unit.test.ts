import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCommands } from '../testing/decideRunner.ts';
import { happyPath, sampleCommands } from '../testing/fixtures.ts';
import { householdCommands, householdIds } from '../testing/householdFixtures.ts';
import { v1Fixture } from '../testing/fixtures/v1/index.ts';
import { domainEventSchema } from './event.ts';
import { eventTypes } from './eventData.ts';
import { parseStoredEvent, upcastStoredEvent, type StoredEventInput } from './upcasters.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const {
  initiate,
  consentAll,
  submit,
  assess,
  placeDirectly,
  acknowledgePlacement,
  clear,
  arrive,
  compromise,
} = sampleCommands;

/**
 * Stored events: every type version 1 had, as stored then (upcast on read), and cases as stored now: the happy
 * path, a direct placement whose location is compromised, a household with children, handlers and an erasure.
 */
const pool: readonly StoredEventInput[] = [
  ...v1Fixture.streams.flatMap((stream) =>
    stream.events.map(({ type, data, metadata: { version, ...metadata } }) => ({
      type,
      version,
      data,
      metadata,
    })),
  ),
  ...[
    happyPath(),
    [
      initiate(),
      consentAll(),
      submit(),
      assess(),
      placeDirectly(),
      acknowledgePlacement(),
      clear(),
      arrive(),
      compromise(),
    ],
    [
      initiate(),
      householdCommands.addPartner(),
      householdCommands.addChild(),
      householdCommands.addChildWithoutConsent(),
      householdCommands.assess(householdIds.child),
      householdCommands.applyToCourt(householdIds.childWithoutConsent),
      householdCommands.courtDecides(householdIds.childWithoutConsent, 'placementAllowed'),
      sampleCommands.assignColleague(),
      sampleCommands.unassignColleague(),
      sampleCommands.erase(),
    ],
  ]
    .flatMap((commands) => runCommands(commands).events)
    .map(({ type, version, data, metadata }) => ({ type, version, data, metadata })),
];

/** What the union schema itself says of a stored event: the reference the compiled schemas must match. */
const byUnion = (stored: StoredEventInput) => domainEventSchema.safeParse(upcastStoredEvent(stored));

const outcome = (result: ReturnType<typeof byUnion>) =>
  result.success
    ? { success: true, data: result.data }
    : {
        success: false,
        issues: result.error.issues.map(({ code, path, message }) => ({ code, path, message })),
      };

/** Every place in a JSON value, as the keys leading to it (the root is the empty path). */
function placesOf(value: Json, path: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => placesOf(item, [...path, index]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => placesOf(item, [...path, key]))
      : [];
  return [path, ...inner];
}

type Change =
  | { readonly kind: 'replace'; readonly value: Json }
  | { readonly kind: 'remove' }
  | { readonly kind: 'add'; readonly key: string; readonly value: Json };

/**
 * A copy of `root` with one change at `path`: its value replaced, removed, or (an object) given another key. The
 * stored event itself is only given another key: a store always hands over an object.
 */
function changed(root: Json, path: readonly (string | number)[], change: Change, top = true): Json {
  if (path.length === 0) {
    if (change.kind === 'replace' && !top) return change.value;
    if (change.kind === 'add' && root !== null && typeof root === 'object' && !Array.isArray(root))
      return { ...root, [change.key]: change.value };
    return root;
  }
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (rest.length === 0 && change.kind === 'remove') copy.splice(Number(head), 1);
    else copy[Number(head)] = changed(root[Number(head)] as Json, rest, change, false);
    return copy;
  }
  const object = root as { [key: string]: Json };
  const copy = { ...object };
  if (rest.length === 0 && change.kind === 'remove') delete copy[String(head)];
  else copy[String(head)] = changed(object[String(head)] as Json, rest, change, false);
  return copy;
}

const changeArbitrary: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({
    kind: fc.constant('replace' as const),
    // Near misses of the values the schemas check: other event types, codes, uuids, dates and versions.
    value: fc.constantFrom<Json>(
      'CaseClosed',
      'NoSuchEvent',
      '9999',
      '0180',
      '018',
      '11111111-1111-4111-8111-11111111111',
      '11111111-1111-0111-8111-111111111111',
      '2026-02-30',
      '2026-03-02T09:00:00Z',
      '2026-03-02T09:00:00.000+01:00',
      1,
      2,
      0,
      -1,
      1.5,
      '',
      [],
      {},
    ),
  }),
  fc.record({ kind: fc.constant('remove' as const) }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.constantFrom('extra', '__proto__', 'constructor', 'type'),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
);

describe('reading a stored event', () => {
  it('has every event type compiled, none left to the slower runtime parser', () => {
    expect(domainEventSchema.options.map((option) => option.shape.type.value).sort()).toEqual(
      [...eventTypes].sort(),
    );
    for (const option of domainEventSchema.options)
      expect(() => z.compile(option, { strict: true })).not.toThrow();
  });

  it('reads every stored event as the union schema does', () => {
    expect(new Set(pool.map((stored) => stored.type)).size).toBeGreaterThanOrEqual(34);
    for (const stored of pool) {
      const result = parseStoredEvent(stored);
      expect(result.success).toBe(true);
      expect(outcome(result)).toEqual(outcome(byUnion(stored)));
    }
  });

  it('accepts and refuses what the union schema does, with the same issues, whatever one change makes of an event', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pool), fc.nat(), changeArbitrary, (stored, at, change) => {
        const places = placesOf(stored as unknown as Json);
        const place = places[at % places.length] ?? [];
        const mutated = changed(stored as unknown as Json, place, change) as unknown as StoredEventInput;
        expect(outcome(parseStoredEvent(mutated))).toEqual(outcome(byUnion(mutated)));
      }),
      { numRuns: 3000 },
    );
  });
});
