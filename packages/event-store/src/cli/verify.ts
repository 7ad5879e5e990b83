/**
 * Verifies the hash chains of a store built by a factory module:
 *   pnpm --filter @relocation/event-store verify --store ./path/to/factory.ts [--stream-prefix p] [--json]
 * The module exports `createStore()` (or a default function) returning the EventStore. Adapter packages usually
 * ship their own bin that builds the store from configuration and calls runVerifyCli directly.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EventStore } from '../port.ts';
import { runVerifyCli, verifyUsage } from './runVerifyCli.ts';

type StoreFactory = () => EventStore | Promise<EventStore>;

function splitStoreOption(argv: readonly string[]): { storeModule: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let storeModule: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--store') {
      storeModule = argv[index + 1];
      index += 1;
    } else if (arg.startsWith('--store=')) {
      storeModule = arg.slice('--store='.length);
    } else {
      rest.push(arg);
    }
  }
  return { storeModule, rest };
}

async function main(): Promise<void> {
  const { storeModule, rest } = splitStoreOption(process.argv.slice(2));
  if (storeModule === undefined) {
    process.stderr.write(
      `--store <module> is required: a module exporting createStore()\n\n${verifyUsage}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const loaded = (await import(pathToFileURL(resolve(storeModule)).href)) as {
    createStore?: StoreFactory;
    default?: StoreFactory;
  };
  const factory = loaded.createStore ?? loaded.default;
  if (typeof factory !== 'function') {
    process.stderr.write(`${storeModule} exports neither createStore() nor a default function\n`);
    process.exitCode = 2;
    return;
  }
  await runVerifyCli(await factory(), rest);
}

await main();
