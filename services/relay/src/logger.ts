/**
 * Fields a relay log line may carry: ids, types, positions, counts and error names, never personal data. The type
 * keeps free text out: no message bodies, no error messages from other systems.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** One JSON object per line on stdout (info) or stderr (warn, error). */
export function createJsonLogger(
  write: (level: 'info' | 'warn' | 'error', line: string) => void = (level, line) =>
    (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`),
  now: () => Date = () => new Date(),
): Logger {
  const log =
    (level: 'info' | 'warn' | 'error') =>
    (event: string, fields: LogFields = {}) =>
      write(level, JSON.stringify({ time: now().toISOString(), level, event, ...fields }));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The name of an error, safe to log: never its message, which may quote data. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
