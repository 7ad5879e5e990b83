import { describe, expect, it } from 'vitest';
import { isStatisticsOnly, roleProblems } from './role.ts';

describe('the researcher role', () => {
  it('is held in the national coordinator organisation only', () => {
    expect(roleProblems('coordinator', 'coordinator:national', ['researcher'])).toEqual([]);
    expect(roleProblems('coordinator', 'coordinator:national', ['coordinator', 'researcher'])).toEqual([]);
    for (const [kind, org] of [
      ['municipality', 'municipality:0180'],
      ['police', 'police:stockholm'],
      ['audit', 'audit:national'],
    ] as const) {
      expect(roleProblems(kind, org, ['researcher'])).toEqual([
        expect.stringContaining(`role 'researcher' does not fit organisation '${org}'`),
      ]);
    }
  });

  it('alone allows statistics only; beside a case role it does not narrow that role', () => {
    expect(isStatisticsOnly(['researcher'])).toBe(true);
    expect(isStatisticsOnly(['coordinator', 'researcher'])).toBe(false);
    expect(isStatisticsOnly(['coordinator'])).toBe(false);
    expect(isStatisticsOnly([])).toBe(false);
  });
});
