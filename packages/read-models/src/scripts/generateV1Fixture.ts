/**
 * Writes the v1 event fixture of @relocation/domain/testing (src/testing/fixtures/v1/): real streams as the event
 * store holds them, recorded from the command side of the day the event shapes were still version 1.
 *
 * The streams are chosen from the model-based paths the domain's machine test walks (the shortest path to every
 * reachable machine state, each of them extended by every model event, by an assignment and its undoing, and by a
 * missed deadline and its escalation) so that together they take every
 * transition of the machine that appends events, end in every state and hold every event type; plus one hand-written
 * story with the personal data every field can carry (protected identity, address, notes). Each chosen path is then
 * driven through the real command handler (`createCommandHandler`) into an event store, with real AES-256-GCM case
 * keys under a fixed test KEK and deterministic ids, IVs and clock, and read back.
 *
 * The fixture is history: it records what version 1 code wrote. Do not regenerate it after the event shapes change
 * (the generator would then record the new shapes); a later version gets its own directory.
 *
 *   pnpm --filter @relocation/read-models fixture:v1
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandRejectedError, createCommandHandler } from '@relocation/application';
import { createCaseCrypto, createKeyRing, createMemoryDataKeyStore } from '@relocation/crypto';
import {
  decide,
  evolve,
  initialState,
  relocationStreamName,
  type Command,
  type RelocationState,
  type WorkflowEvent,
} from '@relocation/domain';
import {
  commandForWorkflowEvent,
  fixedClock,
  modelEvents,
  modelPaths,
  sampleCommands,
  sampleProviders,
  testContext,
  type TestClock,
} from '@relocation/domain/testing';
import { createInMemoryEventStore } from '@relocation/event-store';

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = join(here, '../../../..');
const target = join(repositoryRoot, 'packages/domain/src/testing/fixtures/v1');
const start = '2026-03-02T09:00:00.000Z';

/** A step of a stream: the machine event the model offered (or a hand-written command for the story). */
type Step =
  | { readonly kind: 'model'; readonly event: WorkflowEvent }
  | { readonly kind: 'command'; readonly command: Command };

interface Candidate {
  readonly name: string;
  readonly steps: readonly Step[];
  /** `from|command|to` keys of the accepted steps, `type:X` for every event type appended, `status:S` for states. */
  readonly covers: ReadonlySet<string>;
}

const commandOf = (step: Step, state: RelocationState, clock: TestClock): Command =>
  step.kind === 'model' ? commandForWorkflowEvent(step.event, state, clock) : step.command;

/** Runs a candidate through decide/evolve with the fake sealer and records what it covers. */
function simulate(name: string, steps: readonly Step[]): Candidate {
  const context = testContext({ clock: fixedClock(start) });
  const covers = new Set<string>();
  let state = initialState();
  covers.add(`status:${state.status}`);
  for (const step of steps) {
    const command = commandOf(step, state, context.clock);
    const decision = decide(command, state, context);
    if (!decision.ok) continue;
    const before = state.status;
    for (const event of decision.events) {
      state = evolve(state, event);
      covers.add(`type:${event.type}`);
    }
    covers.add(`${before}|${command.type}|${state.status}`);
    covers.add(`status:${state.status}`);
  }
  return { name, steps, covers };
}

function storySteps(): Step[] {
  const person = {
    name: 'Vera Fixtursson',
    personalIdentityNumber: '198112189876',
    // What version 1 took for skyddad folkbokföring; sealed identities keep it and read as protectedRegistration.
    protectionLevel: 'protectedIdentity' as unknown as 'protectedRegistration',
  };
  const commands: Command[] = [
    { ...sampleCommands.initiate(), payload: { ...sampleCommands.initiate().payload, person } },
    sampleCommands.consentAll(),
    sampleCommands.submit(),
    sampleCommands.assess(),
    sampleCommands.proposeDeclining(),
    sampleCommands.decline(),
    sampleCommands.proposeReceiving(),
    sampleCommands.assignColleague(),
    {
      ...sampleCommands.accept(),
      payload: { ...sampleCommands.accept().payload, address: 'Fixturgatan 3, 903 25 Umeå' },
    },
    sampleCommands.unassignColleague(),
    sampleCommands.clear(),
    sampleCommands.arrive(),
    sampleCommands.followUp(1),
    sampleCommands.followUp(3),
    sampleCommands.followUp(6),
    {
      ...sampleCommands.close(),
      payload: { outcome: 'settled', notes: 'Avslutat, familjen har bosatt sig.' },
    },
    sampleCommands.erase(),
  ];
  return commands.map((command) => ({ kind: 'command', command }));
}

/** Greedy set cover: the fewest candidates (shortest first on ties) that cover everything any candidate covers. */
function choose(candidates: readonly Candidate[]): Candidate[] {
  const uncovered = new Set(candidates.flatMap((c) => [...c.covers]));
  const chosen: Candidate[] = [];
  while (uncovered.size > 0) {
    let best: Candidate | undefined;
    let bestGain = 0;
    for (const candidate of candidates) {
      const gain = [...candidate.covers].filter((key) => uncovered.has(key)).length;
      if (
        gain > bestGain ||
        (gain === bestGain && best !== undefined && candidate.steps.length < best.steps.length)
      ) {
        best = candidate;
        bestGain = gain;
      }
    }
    if (best === undefined || bestGain === 0) break;
    chosen.push(best);
    for (const key of best.covers) uncovered.delete(key);
  }
  return chosen;
}

/** Deterministic "random" bytes: SHA-256 of a counter, so that a rerun writes the same fixture. */
function deterministicBytes(seed: string): (size: number) => Buffer {
  let counter = 0;
  return (size) => {
    const chunks: Buffer[] = [];
    let length = 0;
    while (length < size) {
      counter += 1;
      const chunk = createHash('sha256').update(`${seed}:${counter}`).digest();
      chunks.push(chunk);
      length += chunk.length;
    }
    return Buffer.concat(chunks).subarray(0, size);
  };
}

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

async function main(): Promise<void> {
  const events = modelEvents();
  const candidates: Candidate[] = [];
  modelPaths().forEach((path, p) => {
    const base: Step[] = path.events.map((event) => ({ kind: 'model', event }));
    candidates.push(simulate(`path-${p}`, base));
    events.forEach((event, e) => {
      candidates.push(simulate(`path-${p}+${e}:${event.type}`, [...base, { kind: 'model', event }]));
    });
    // Two commands that only count after another: unassigning someone assigned, escalating a missed deadline.
    for (const pair of [
      ['AssignHandler', 'UnassignHandler'],
      ['MarkDeadlineMissed', 'RaiseEscalation'],
    ] as const) {
      const extension: Step[] = pair.map((type) => ({ kind: 'model', event: { type } }));
      candidates.push(simulate(`path-${p}+${pair.join('+')}`, [...base, ...extension]));
    }
  });
  const story = simulate('story', storySteps());
  const chosen = [story, ...choose(candidates.filter((c) => c !== story))];

  const kek = {
    activeKekId: 'fixture-kek-1',
    keks: { 'fixture-kek-1': createHash('sha256').update('relocation v1 fixture KEK').digest('base64') },
  };
  const dataKeys = createMemoryDataKeyStore();
  let clock = fixedClock(start);
  const caseCrypto = createCaseCrypto({
    keyRing: createKeyRing(kek),
    dataKeys,
    randomBytes: deterministicBytes('relocation v1 fixture'),
    now: () => new Date(clock.now()),
  });
  const store = createInMemoryEventStore();
  const newId = (() => {
    let n = 0;
    return () => id('00000000', (n += 1));
  })();
  const handler = createCommandHandler({
    store,
    sealerFor: (relocationId) => caseCrypto.sealerFor(relocationId),
    providers: sampleProviders,
    clock: () => new Date(clock.now()),
    newId,
  });

  const streams = [];
  let commandCount = 0;
  for (const [index, candidate] of chosen.entries()) {
    clock = fixedClock(start);
    const relocationId = id('f1000000', index + 1);
    const correlationId = id('c1000000', index + 1);
    let state = initialState();
    const steps: string[] = [];
    const commands = [];
    for (const step of candidate.steps) {
      const original = commandOf(step, state, clock);
      commandCount += 1;
      const command = {
        ...original,
        relocationId,
        correlationId,
        commandId: id('c0000000', commandCount),
      } as Command;
      const at = clock.now();
      try {
        const result = await handler.handle(command);
        steps.push(`${state.status}|${command.type}|${result.state.status}`);
        state = result.state;
        commands.push({ type: command.type, actor: command.actor, payload: command.payload, at });
      } catch (error) {
        // A model step may be refused (the model offers every event everywhere); a story step may not.
        if (!(error instanceof CommandRejectedError) || step.kind === 'command') throw error;
      }
      if (command.type === 'EraseCase' && state.erased) await caseCrypto.erase(relocationId);
    }
    const stored = [];
    for await (const recorded of store.readStream(relocationStreamName(relocationId))) {
      stored.push({
        streamName: recorded.streamName,
        revision: recorded.revision,
        id: recorded.id,
        type: recorded.type,
        data: recorded.data,
        metadata: recorded.metadata,
        hash: recorded.hash,
        previousHash: recorded.previousHash,
      });
    }
    streams.push({ name: candidate.name, relocationId, steps, commands, events: stored, finalState: state });
  }

  const keys = {
    kek,
    dataKeys: [] as unknown[],
    erased: [] as unknown[],
  };
  for (const stream of streams) {
    const wrapped = await dataKeys.get(stream.relocationId);
    if (wrapped !== undefined) keys.dataKeys.push({ caseId: stream.relocationId, wrapped });
    const erasure = await dataKeys.erasure(stream.relocationId);
    if (erasure !== undefined) {
      keys.erased.push({
        caseId: stream.relocationId,
        keyId: erasure.keyId,
        destroyedAt: erasure.destroyedAt.toISOString(),
      });
    }
  }

  const sourceCommit = execFileSync('git', ['rev-parse', 'HEAD'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  }).trim();
  mkdirSync(target, { recursive: true });
  const write = (file: string, value: unknown) =>
    writeFileSync(join(target, file), `${JSON.stringify(value, null, 1)}\n`);
  write('streams.json', {
    format: 'relocation-event-fixture',
    eventVersion: 1,
    generatedBy: 'packages/read-models/src/scripts/generateV1Fixture.ts',
    sourceCommit,
    streams,
  });
  write('keys.json', keys);
  execFileSync('pnpm', ['exec', 'prettier', '--write', target], { cwd: repositoryRoot, stdio: 'ignore' });
  const eventCount = streams.reduce((sum, s) => sum + s.events.length, 0);
  console.log(`${streams.length} streams, ${eventCount} events written to ${target}`);
}

await main();
