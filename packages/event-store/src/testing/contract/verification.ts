import { describe, expect, it } from 'vitest';
import type { EventStore, VerifyProblemKind, VerifyReport } from '../../port.ts';
import type { TamperHooks } from '../../tamperHooks.ts';
import { newEvent, uniquePrefix } from '../fixtures.ts';
import type { ContractContext } from '../harness.ts';

const secret = 'Åsa Öberg 19800101-1234';
const streamLength = 6;

/** Two streams of six events under one prefix; returns their names. */
async function twoStreams(
  store: EventStore,
  label: string,
): Promise<{ prefix: string; target: string; bystander: string }> {
  const prefix = uniquePrefix(label);
  const target = `${prefix}target`;
  const bystander = `${prefix}bystander`;
  for (const streamName of [target, bystander]) {
    const events = Array.from({ length: streamLength }, (_, index) => newEvent({ index, person: secret }));
    await store.appendToStream(streamName, events, { expectedRevision: 'no_stream' });
  }
  return { prefix, target, bystander };
}

function expectDetected(report: VerifyReport, target: string, kind: VerifyProblemKind): void {
  expect(report.ok).toBe(false);
  expect(report.problems.map((problem) => problem.kind)).toContain(kind);
  for (const problem of report.problems) expect(problem.streamName).toBe(target);
  // A report goes to logs and terminals: it must not carry event data.
  expect(
    JSON.stringify(report, (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value)),
  ).not.toContain('Öberg');
}

type Tampering = {
  readonly name: string;
  readonly hook: keyof TamperHooks;
  readonly kind: VerifyProblemKind;
  readonly needsTruncation?: boolean;
  apply(tamper: Required<TamperHooks>, streamName: string): Promise<void>;
};

const tamperings: readonly Tampering[] = [
  {
    name: 'changed data',
    hook: 'changeData',
    kind: 'changed',
    apply: (tamper, streamName) => tamper.changeData(streamName, 2, { index: 2, person: 'someone else' }),
  },
  {
    name: 'a deleted event in the middle',
    hook: 'deleteEvent',
    kind: 'removed',
    apply: (tamper, streamName) => tamper.deleteEvent(streamName, 2),
  },
  {
    name: 'the deleted newest event',
    hook: 'deleteEvent',
    kind: 'truncated',
    needsTruncation: true,
    apply: (tamper, streamName) => tamper.deleteEvent(streamName, streamLength - 1),
  },
  {
    name: 'two swapped events',
    hook: 'swapEvents',
    kind: 'reordered',
    apply: (tamper, streamName) => tamper.swapEvents(streamName, 1, 3),
  },
  {
    name: 'an inserted forged event',
    hook: 'insertEvent',
    kind: 'inserted',
    apply: (tamper, streamName) => tamper.insertEvent(streamName, 2, newEvent({ forged: true })),
  },
];

export function verificationContract(context: ContractContext): void {
  describe('verify', () => {
    it('reports an untouched store as ok', async () => {
      const { store } = context.current();
      const { prefix } = await twoStreams(store, 'verify-ok');
      await store.appendToStream(`${prefix}target`, [newEvent()], { expectedRevision: streamLength - 1 });
      const report = await store.verify({ streamPrefix: prefix });
      expect(report).toEqual({
        ok: true,
        streamsChecked: 2,
        eventsChecked: 2 * streamLength + 1,
        problems: [],
      });
    });

    for (const tampering of tamperings) {
      it(`detects ${tampering.name} (${tampering.kind})`, async ({ skip }) => {
        const { store, tamper } = context.current();
        const hook = tamper?.[tampering.hook];
        if (hook === undefined) skip(`the harness gives no ${tampering.hook} hook`);
        if (tampering.needsTruncation && !context.capabilities.detectsTruncation) {
          skip('the adapter records no stream head apart from the events');
        }
        const { prefix, target, bystander } = await twoStreams(store, `tamper-${tampering.hook}`);
        await tampering.apply(tamper as Required<TamperHooks>, target);

        expectDetected(await store.verify({ streamPrefix: prefix }), target, tampering.kind);
        expect((await store.verify({ streamPrefix: bystander })).ok).toBe(true);
      });
    }
  });
}
