import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { permitStatuses } from '@relocation/domain';
import type { Provider } from '@relocation/domain';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dates are YYYY-MM-DD' });

/**
 * Units of support (protected housing, HVB, supported housing) and their IVO permit status by period, dates
 * inclusive (docs/design.md §3.6): `granted` (the default), `appliedMayOperate` (applied for, allowed to operate
 * pending the decision) or `revoked`; a municipal unit notified to IVO gives `notifiedToIvoOn` instead. The
 * municipality of the premises (`municipalityCode`) is checked against a direct placement's destination.
 */
export const providersSchema = z.array(
  z
    .object({
      id: z.string().min(1),
      name: z.string().min(1),
      permits: z.array(
        z
          .object({
            validFrom: isoDate,
            validTo: isoDate,
            status: z.enum(permitStatuses).optional(),
          })
          .strict()
          .refine((permit) => permit.validFrom <= permit.validTo, { error: 'validFrom is after validTo' }),
      ),
      municipalityCode: z
        .string()
        .regex(/^\d{4}$/, { error: 'a municipality code has four digits' })
        .optional(),
      notifiedToIvoOn: isoDate.optional(),
    })
    .strict(),
);

/** The fictional sample used in development when PROVIDERS_FILE is not set. */
export const sampleProvidersFile = fileURLToPath(new URL('../config/providers.sample.json', import.meta.url));

export async function loadProviders(file: string): Promise<readonly Provider[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`PROVIDERS_FILE ${file} could not be read as JSON`, { cause: error });
  }
  const parsed = providersSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`PROVIDERS_FILE ${file} is not a list of providers: ${problems.join('; ')}`);
  }
  return parsed.data;
}
