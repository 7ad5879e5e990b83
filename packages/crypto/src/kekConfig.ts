import { z } from 'zod';
import { decodeBase64Strict } from './base64.ts';

/** KEK ids appear in the env form `id:base64,...` and in stored records, so they stay short and plain. */
const kekIdPattern = /^[A-Za-z0-9_.-]{1,64}$/;
export const KEK_BYTES = 32;

export const kekIdSchema = z
  .string()
  .regex(kekIdPattern, 'a KEK id is 1-64 characters of letters, digits, "_", "." or "-"');

const kekMaterialSchema = z.string().superRefine((value, ctx) => {
  const bytes = decodeBase64Strict(value);
  if (bytes === undefined) {
    ctx.addIssue({ code: 'custom', message: 'a KEK must be base64 (or base64url) text' });
  } else if (bytes.length !== KEK_BYTES) {
    ctx.addIssue({
      code: 'custom',
      message: `a KEK must be exactly ${KEK_BYTES} random bytes (this one decodes to ${bytes.length}); create one with: openssl rand -base64 32`,
    });
  }
});

/**
 * Key-encryption keys from configuration: several by id so that a new one can be added, made active and the
 * data keys re-wrapped before the old one is removed.
 */
export const kekConfigSchema = z
  .object({
    activeKekId: kekIdSchema,
    keks: z.record(kekIdSchema, kekMaterialSchema),
  })
  .superRefine((config, ctx) => {
    const ids = Object.keys(config.keks);
    if (ids.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['keks'], message: 'at least one KEK must be configured' });
      return;
    }
    if (!Object.hasOwn(config.keks, config.activeKekId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['activeKekId'],
        message: `the active KEK '${config.activeKekId}' is not among the configured KEKs (${ids.join(', ')})`,
      });
    }
  });

export type KekConfig = z.infer<typeof kekConfigSchema>;

const entrySeparator = ',';

/**
 * The environment form: `RELOCATION_KEKS="k1:<base64>,k2:<base64>"` and `RELOCATION_ACTIVE_KEK=k2`. Pass the
 * environment in (e.g. `process.env` from `main`); nothing is read at import time.
 */
export const kekEnvSchema = z
  .object({
    RELOCATION_KEKS: z
      .string({ error: 'RELOCATION_KEKS is required, e.g. RELOCATION_KEKS="k1:<base64 of 32 bytes>"' })
      .trim()
      .min(1, 'RELOCATION_KEKS is empty'),
    RELOCATION_ACTIVE_KEK: z
      .string({ error: 'RELOCATION_ACTIVE_KEK is required: the id of the KEK that wraps new data keys' })
      .trim()
      .min(1, 'RELOCATION_ACTIVE_KEK is empty'),
  })
  .transform((env, ctx) => {
    const keks: Record<string, string> = {};
    for (const [index, rawEntry] of env.RELOCATION_KEKS.split(entrySeparator).entries()) {
      const entry = rawEntry.trim();
      const colon = entry.indexOf(':');
      if (colon <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['RELOCATION_KEKS'],
          message: `entry ${index + 1} of RELOCATION_KEKS is not of the form <id>:<base64>`,
        });
        return z.NEVER;
      }
      const id = entry.slice(0, colon);
      if (Object.hasOwn(keks, id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['RELOCATION_KEKS'],
          message: `KEK id '${id}' appears more than once in RELOCATION_KEKS`,
        });
        return z.NEVER;
      }
      keks[id] = entry.slice(colon + 1);
    }
    return { activeKekId: env.RELOCATION_ACTIVE_KEK, keks };
  })
  .pipe(kekConfigSchema);

export const parseKekEnv = (env: Readonly<Record<string, string | undefined>>): KekConfig =>
  kekEnvSchema.parse(env);
