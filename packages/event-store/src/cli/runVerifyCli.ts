import { parseArgs } from 'node:util';
import type { EventStore, VerifyReport } from '../port.ts';

export interface VerifyCliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Default: sets process.exitCode, so the process ends with it once the store has closed. */
  readonly exit: (code: number) => void;
}

const processIo: VerifyCliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  exit: (code) => {
    process.exitCode = code;
  },
};

export const verifyUsage = `Usage: verify [--stream-prefix <prefix>] [--json]

Checks every stream's hash chain (or only streams whose name starts with the prefix) and reports events that
were changed, removed, inserted, reordered or truncated. Exit code: 0 ok, 1 problems found, 2 bad usage or error.`;

/** The verify command's options (`--stream-prefix`, `--json`, `--help`), or why they are not usable. */
export function parseVerifyArgs(
  argv: readonly string[],
): { values: { 'stream-prefix'?: string; json?: boolean; help?: boolean } } | { error: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        'stream-prefix': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    return { values };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The verify command for any adapter: parses `argv` (the arguments after the program name), verifies, prints a
 * report that names streams and revisions but never event data, closes the store and returns (and sets) the exit
 * code: 0 when all is well, 1 when problems were found, 2 on bad usage or a failure to verify.
 */
export async function runVerifyCli(
  store: EventStore,
  argv: readonly string[],
  io: VerifyCliIo = processIo,
): Promise<number> {
  const finish = (code: number): number => {
    io.exit(code);
    return code;
  };
  try {
    const parsed = parseVerifyArgs(argv);
    if ('error' in parsed) {
      io.stderr(`${parsed.error}\n\n${verifyUsage}`);
      return finish(2);
    }
    const values = parsed.values;
    if (values.help) {
      io.stdout(verifyUsage);
      return finish(0);
    }
    const prefix = values['stream-prefix'];
    const report = await store.verify(prefix === undefined ? {} : { streamPrefix: prefix });
    if (values.json) io.stdout(reportAsJson(report));
    else for (const line of reportLines(report, prefix)) io.stdout(line);
    return finish(report.ok ? 0 : 1);
  } catch (error) {
    io.stderr(`verify failed: ${error instanceof Error ? error.message : String(error)}`);
    return finish(2);
  } finally {
    await store.close();
  }
}

export function reportLines(report: VerifyReport, prefix?: string): string[] {
  const scope = prefix === undefined ? '' : ` with prefix ${JSON.stringify(prefix)}`;
  const counted = `${report.streamsChecked} stream(s)${scope}, ${report.eventsChecked} event(s)`;
  if (report.ok) return [`OK: verified ${counted}; every hash chain is intact.`];
  return [
    `FAILED: verified ${counted}; ${report.problems.length} problem(s):`,
    ...report.problems.map((problem) => {
      const where = problem.revision === undefined ? '' : ` @${problem.revision}`;
      return `  ${problem.kind.padEnd(9)} ${problem.streamName}${where}: ${problem.detail}`;
    }),
  ];
}

export function reportAsJson(report: VerifyReport): string {
  return JSON.stringify(
    report,
    (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
    2,
  );
}
