import { describe, expect, it } from 'vitest';
import {
  isCoordinationNumber,
  isValidPersonalIdentityNumber,
  normalizePersonalIdentityNumber,
  personalIdentityNumberSchema,
} from './municipalities.ts';

// Luhn check digit over YYMMDDNNN, computed independently of the library under test.
function withCheckDigit(twelveMinusOne: string): string {
  const digits = twelveMinusOne.slice(2);
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let v = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return `${twelveMinusOne}${(10 - (sum % 10)) % 10}`;
}

describe('personal identity numbers', () => {
  it.each([
    '19121212-1212',
    '191212121212',
    ' 19121212-1212 ',
    withCheckDigit('19900315123'),
    withCheckDigit('20040229987'),
  ])('accepts the valid personnummer %j', (value) => {
    expect(isValidPersonalIdentityNumber(value)).toBe(true);
  });

  it('normalises to the 12-digit form YYYYMMDDNNNN', () => {
    expect(personalIdentityNumberSchema.parse('19121212-1212')).toBe('191212121212');
    expect(personalIdentityNumberSchema.parse('191212121212')).toBe('191212121212');
    expect(normalizePersonalIdentityNumber('19121212-1212')).toBe('191212121212');
  });

  it('accepts samordningsnummer (birth day + 60) and tells them apart', () => {
    expect(isValidPersonalIdentityNumber('19701063-2391')).toBe(true);
    expect(personalIdentityNumberSchema.parse('19701063-2391')).toBe('197010632391');
    // Day 91 is the 31st + 60: valid in March, not in February.
    expect(isValidPersonalIdentityNumber(withCheckDigit('19850291456'))).toBe(false);
    const march31 = withCheckDigit('19850391456');
    expect(isValidPersonalIdentityNumber(march31)).toBe(true);
    expect(isCoordinationNumber(march31)).toBe(true);
    expect(isCoordinationNumber('19121212-1212')).toBe(false);
  });

  it.each([
    ['wrong check digit', '19121212-1213'],
    ['no such date', withCheckDigit('19900230123')],
    ['not a leap year', withCheckDigit('19000229123')],
    ['coordination day beyond 91', withCheckDigit('19701092123')],
    ['10-digit form without century', '121212-1212'],
    ['10-digit form with plus', '121212+1212'],
    ['interim number', '19121212-T212'],
    ['letters', 'abcdefgh-ijkl'],
    ['empty', ''],
    ['serial 000', withCheckDigit('19121212000')],
  ])('rejects %s (%j)', (_reason, value) => {
    expect(isValidPersonalIdentityNumber(value)).toBe(false);
    const result = personalIdentityNumberSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Invalid personal identity number/);
  });

  it('does not put the rejected value in the error message', () => {
    const message = personalIdentityNumberSchema.safeParse('19121212-1213').error?.issues[0]?.message ?? '';
    expect(message).not.toContain('1213');
  });
});
