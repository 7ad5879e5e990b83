import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const DEV_STATISTICS_KEY_FILE = 'statistics-pseudonym-key';

const HEX_KEY = /^(?:[0-9a-fA-F]{2}){32,}$/;

/**
 * The key of the statistics' household pseudonyms: STATISTICS_PSEUDONYM_KEY when set (production: the same on
 * every replica), else `<dataDir>/statistics-pseudonym-key` (64 hex digits, mode 0600),
 * created on first use. Never stored in the database.
 */
export async function statisticsPseudonymKey(
  dataDir: string,
  configured: string | undefined,
): Promise<Uint8Array> {
  if (configured !== undefined) return Buffer.from(configured, 'hex');
  const path = join(dataDir, DEV_STATISTICS_KEY_FILE);
  const read = async () => {
    const text = (await readFile(path, 'utf8')).trim();
    if (!HEX_KEY.test(text))
      throw new Error(`${path} is not a statistics key; remove it to create a new one`);
    return Buffer.from(text, 'hex');
  };
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(32);
  // Written whole beside it, then linked into place: a concurrent start never reads a half-written file, and
  // the first link wins (the others read that key).
  const draft = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(draft, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, path);
    return key;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return read();
    throw error;
  } finally {
    await unlink(draft);
  }
}
