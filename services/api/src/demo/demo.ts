import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { devTokenMinter } from './devTokenMinter.ts';
import { startEngine } from './engine.ts';
import type { RunningEngine } from './engine.ts';
import { runDemo } from './runDemo.ts';

const usage = `Usage: pnpm demo [--url <base url> [--data-dir <dir>]]

Without --url: starts the engine (PGlite) on a fresh temporary data directory and a free port, drives a complete
relocation over HTTP, prints each step and each party's view, then stops the engine and removes the directory.
With --url: uses an engine already running there (AUTH_MODE=dev); its development signing key is read from
--data-dir (default: DATA_DIR, else ./.data), so tokens for each party can be minted.
`;

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      url: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    process.stdout.write(usage);
    return 0;
  }
  if (values.url !== undefined) {
    const dataDir = resolve(values['data-dir'] ?? process.env.DATA_DIR ?? './.data');
    say(`Using the engine at ${values.url} (development key from ${dataDir}).`);
    await runDemo({ baseUrl: values.url, tokenFor: await devTokenMinter(dataDir), print: say });
    return 0;
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'relocation-demo-'));
  say(`Starting the engine on PGlite in ${dataDir} ...`);
  let engine: RunningEngine | undefined;
  const stop = async () => {
    const code = await engine?.stop();
    engine = undefined;
    await rm(dataDir, { recursive: true, force: true });
    return code;
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    engine = await startEngine({ DATA_DIR: dataDir, EVENT_STORE: 'pglite', PROJECTOR: 'inline' });
    say(`Engine ready at ${engine.baseUrl} (pid ${String(engine.pid)}).\n`);
    await runDemo({ baseUrl: engine.baseUrl, tokenFor: await devTokenMinter(dataDir), print: say });
  } catch (error) {
    const output = engine?.output() ?? '';
    if (output !== '') process.stderr.write(`engine output:\n${output}\n`);
    throw error;
  } finally {
    const code = await stop();
    say(`\nEngine stopped (exit code ${String(code)}); temporary data directory removed.`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
