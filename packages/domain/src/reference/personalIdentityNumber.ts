import personnummerModule from 'personnummer';
import { z } from 'zod';

// The package ships CommonJS (`module.exports = Personnummer`) with ES-style typings, so under NodeNext TypeScript
// types the default import as the module record while Node hands over the class itself. Accept either shape.
type PersonnummerClass = typeof personnummerModule.default;
const Personnummer: PersonnummerClass =
  (personnummerModule as { default?: PersonnummerClass }).default ??
  (personnummerModule as unknown as PersonnummerClass);

/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer, day + 60).
 *
 * Only the 12-digit forms with the century are accepted: `YYYYMMDDNNNN` or `YYYYMMDD-NNNN`. The 10-digit forms
 * leave the century to be guessed from today's date, and the domain reads no clock, so the caller must give it.
 */
const twelveDigitForm = /^(\d{8})-?(\d{4})$/;

const options = { allowCoordinationNumber: true, allowInterimNumber: false };

/** The canonical 12-digit form `YYYYMMDDNNNN`, or undefined when the value is not a valid number. */
export function normalizePersonalIdentityNumber(value: string): string | undefined {
  const match = twelveDigitForm.exec(value.trim());
  if (!match) return undefined;
  const digits = `${match[1]}${match[2]}`;
  if (!Personnummer.valid(digits, options)) return undefined;
  return Personnummer.parse(digits, options).format(true);
}

export function isValidPersonalIdentityNumber(value: string): boolean {
  return normalizePersonalIdentityNumber(value) !== undefined;
}

/** True for a valid samordningsnummer (birth day + 60), false for an ordinary personnummer or an invalid value. */
export function isCoordinationNumber(value: string): boolean {
  const normalized = normalizePersonalIdentityNumber(value);
  return normalized !== undefined && Number(normalized.slice(6, 8)) > 60;
}

export const personalIdentityNumberSchema = z.string().transform((value, ctx) => {
  const normalized = normalizePersonalIdentityNumber(value);
  if (normalized === undefined) {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message:
        'Invalid personal identity number: expected a valid personnummer or samordningsnummer in the 12-digit form YYYYMMDD-NNNN or YYYYMMDDNNNN',
    });
    return z.NEVER;
  }
  return normalized;
});
