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
    expect(state.deadlines).toEqual([]);
    for (const event of events) expect(domainEventSchema.safeParse(event).success).toBe(true);
    expect(replay(events)).toEqual(state);
  });
});
