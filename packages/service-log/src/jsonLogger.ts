/**
 * Fields a service log line may carry: ids, types, positions, counts and error names. The type keeps free text
 * out, so no message body, personal data or another system's error message can be logged by accident.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

type Level = 'info' | 'warn' | 'error';

/** One JSON object per line on stdout (info) or stderr (warn, error). */
export function createJsonLogger(
  write: (level: Level, line: string) => void = (level, line) =>
    (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`),
  now: () => Date = () => new Date(),
): Logger {
  const log =
    (level: Level) =>
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

/** The name and, when it has one, the code of an error (e.g. ECONNREFUSED, 57P01): never its message. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  return { error: error.name, ...(typeof code === 'string' ? { code } : {}) };
}

/** The part of a pino logger {@link eventLogger} writes to. */
export interface PinoLike {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * This narrow, event-named interface over the process's one pino logger (`createLogger` of @relocation/runtime):
 * each call is one line with `event` and the fields, pretty in a terminal and JSON otherwise.
 */
export function eventLogger(pino: PinoLike): Logger {
  return {
    info: (event, fields = {}) => pino.info({ ...fields, event }, event),
    warn: (event, fields = {}) => pino.warn({ ...fields, event }, event),
    error: (event, fields = {}) => pino.error({ ...fields, event }, event),
  };
}
