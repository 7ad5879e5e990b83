import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir` (recursively) whose bytes contain `needle`, as paths relative to `dir`. */
export async function filesContaining(dir: string, needle: Buffer): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes?.includes(needle)) found.push(path.slice(dir.length + 1));
  }
  return found;
}
