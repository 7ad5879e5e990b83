import { describe, expect, it } from 'vitest';
import { decide } from '../decide/decide.ts';
import { municipalities } from '../reference/municipalityRegistry.ts';
import {
  command,
  actors,
  decliningCode,
  historyTo,
  receivingCode,
  sampleCommands,
  sendingCode,
} from '../testing/fixtures.ts';
import { runCommands, testContext } from '../testing/decideRunner.ts';
import { proposableMunicipalities } from './proposableMunicipalities.ts';

describe('proposableMunicipalities', () => {
  it('leaves out the sending municipality, the excluded county and the excluded municipality', () => {
    const { state } = runCommands(historyTo.matching());
    const codes = proposableMunicipalities(state);
    expect(codes).toContain(decliningCode);
    expect(codes).toContain(receivingCode);
    expect(codes).not.toContain(sendingCode);
    expect(codes).not.toContain('1480'); // the police's exclusion zone (Göteborg)
    expect(codes.some((code) => municipalities.find((m) => m.code === code)?.countyCode === '12')).toBe(
      false,
    );
  });

  it('leaves out a municipality once it has declined', () => {
    const { state } = runCommands([
      ...historyTo.matching(),
      sampleCommands.proposeDeclining(),
      sampleCommands.decline(),
    ]);
    expect(proposableMunicipalities(state)).not.toContain(decliningCode);
  });

  it('offers none before consent to share with a receiving municipality', () => {
    const { state } = runCommands(historyTo.draft());
    expect(proposableMunicipalities(state)).toEqual([]);
  });

  it('agrees with decide for every municipality: offered ones are not refused for where they lie', () => {
    const { state } = runCommands(historyTo.matching());
    const offered = new Set(proposableMunicipalities(state));
    for (const m of municipalities) {
      const decision = decide(
        command('ProposeReceivingMunicipality', actors.coordinator, { municipalityCode: m.code }),
        state,
        testContext(),
      );
      expect(decision.ok, m.code).toBe(offered.has(m.code));
    }
  });
});
