import { describe, expect, it } from 'vitest';
import { domainEventSchema } from '../events/event.ts';
import { replay } from '../evolve.ts';
import { happyPath, runCommands } from '../testing/index.ts';

describe('a full relocation', () => {
  it('runs from initiation to closure with one decline, and every event matches its schema', () => {
    const { state, events } = runCommands(happyPath());
    expect(state.status).toBe('closed');
    expect(state.responsibleMunicipality).toBe('0180');
    expect(state.declined).toEqual(['0380']);
    // A closed case still owes its outcomes at 6 and 12 months (issue 15); every other wait has ended.
    expect(state.deadlines.map((d) => d.kind)).toEqual(['outcome6', 'outcome12']);
    for (const event of events) expect(domainEventSchema.safeParse(event).success).toBe(true);
    expect(replay(events)).toEqual(state);
  });
});
