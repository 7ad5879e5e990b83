import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const DEV_KEKS_FILE = 'dev-keks.json';

const devKeksSchema = z.object({
  RELOCATION_KEKS: z.string().min(1),
  RELOCATION_ACTIVE_KEK: z.string().min(1),
});
export type KekEnv = z.infer<typeof devKeksSchema>;

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error as { code?: unknown }).code === 'ENOENT';

/**
 * Development only: the key-encryption key kept in `<dataDir>/dev-keks.json` (mode 0600), created on first use.
 * `created` tells the caller to warn that these keys are not for real data.
 */
export async function loadOrCreateDevKeks(
  dataDir: string,
): Promise<{ readonly keks: KekEnv; readonly created: boolean; readonly path: string }> {
  const path = join(dataDir, DEV_KEKS_FILE);
  try {
    return { keks: devKeksSchema.parse(JSON.parse(await readFile(path, 'utf8'))), created: false, path };
  } catch (error) {
    if (!isMissing(error))
      throw new Error(`${path} is not a dev KEK file; remove it to create a new one`, { cause: error });
  }
  await mkdir(dataDir, { recursive: true });
  const keks: KekEnv = {
    RELOCATION_KEKS: `dev1:${randomBytes(32).toString('base64')}`,
    RELOCATION_ACTIVE_KEK: 'dev1',
  };
  try {
    // 'wx': a concurrent start that got here first keeps its key; read theirs instead.
    await writeFile(path, `${JSON.stringify(keks, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return { keks, created: true, path };
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error as { code?: unknown }).code === 'EEXIST') {
      return { keks: devKeksSchema.parse(JSON.parse(await readFile(path, 'utf8'))), created: false, path };
    }
    throw error;
  }
}
