// A full relocation through decide/evolve, printed step by step: the command, who issued it, the events, the
// resulting state and the open deadlines with their due times. Personal data stays sealed in the output.
// Run: pnpm --filter @relocation/domain walkthrough
import type { Command } from '../commands/command.ts';
import { decide } from '../decide/decide.ts';
import { evolve } from '../evolve.ts';
import { initialState } from '../state/state.ts';
import type { RelocationState } from '../state/state.ts';
import { fixedClock, sampleCommands, command, actors, testContext } from '../testing/index.ts';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
const context = testContext({ clock });
const day = 86_400_000;
let state: RelocationState = initialState();
let step = 0;

const stockholm = (instant: string) =>
  new Date(instant).toLocaleString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });

function run(make: () => Command, advanceDays = 0): void {
  clock.advance(advanceDays * day);
  const next = make();
  step += 1;
  const decision = decide(next, state, context);
  console.log(
    `\n${String(step).padStart(2)}. ${stockholm(context.now)}  ${next.type} by ${next.actor.organisationId}`,
  );
  if (!decision.ok) {
    console.log(`    rejected: ${decision.error.code}: ${decision.error.message}`);
    return;
  }
  for (const event of decision.events) {
    const shown =
      event.type.startsWith('Deadline') || event.type === 'EscalationRaised' ? ` ${summary(event.data)}` : '';
    console.log(`    + ${event.type}${shown}`.trimEnd());
  }
  state = decision.events.reduce(evolve, state);
  console.log(`    state: ${state.status}, responsible: ${state.responsibleMunicipality ?? '-'}`);
  for (const d of state.deadlines) {
    const flag = d.missed ? ` MISSED, escalation level ${d.escalationLevel}` : '';
    console.log(`    deadline ${d.kind} (${d.ownerOrganisationId}) due ${stockholm(d.dueAt)}${flag}`);
  }
}

function summary(data: object): string {
  const { kind, dueAt, level, suggestion } = data as Record<string, unknown>;
  return [
    kind,
    dueAt === undefined ? '' : `due ${stockholm(String(dueAt))}`,
    level === undefined ? '' : `level ${String(level)}`,
    suggestion ?? '',
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
}

const deadlineOf = (kind: string) => state.deadlines.find((d) => d.kind === kind)?.deadlineId ?? '';

run(sampleCommands.initiate);
run(sampleCommands.submit);
run(sampleCommands.consentAll);
run(sampleCommands.submit);
run(sampleCommands.assess, 1);
run(() => command('ProposeReceivingMunicipality', actors.coordinator, { municipalityCode: '1280' }));
run(sampleCommands.proposeDeclining);
run(() => command('MarkDeadlineMissed', actors.monitor, { deadlineId: deadlineOf('receiverDecision') }), 3);
run(sampleCommands.decline, 1);
run(sampleCommands.proposeDeclining);
run(sampleCommands.proposeReceiving);
run(sampleCommands.accept, 1);
run(sampleCommands.arrive);
run(sampleCommands.clear);
run(sampleCommands.arrive, 9);
run(() => sampleCommands.followUp(1), 28);
run(() => sampleCommands.followUp(3), 61);
run(() => sampleCommands.followUp(6), 92);
run(sampleCommands.close);
console.log(`\nDone: ${state.status} after ${state.revision + 1} events.`);
