import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Provider } from '@relocation/domain';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dates are YYYY-MM-DD' });

/** Providers of protected housing and their IVO permits (dates inclusive). */
export const providersSchema = z.array(
  z
    .object({
      id: z.string().min(1),
      name: z.string().min(1),
      permits: z.array(
        z
          .object({ validFrom: isoDate, validTo: isoDate })
          .strict()
          .refine((permit) => permit.validFrom <= permit.validTo, { error: 'validFrom is after validTo' }),
      ),
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
