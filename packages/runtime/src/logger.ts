import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/**
 * Paths pino censors. Bodies are never logged in the first place (Fastify's request serializer logs the method,
 * URL and addresses only); these catch anything that passes a request, reply or headers object to the logger.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'res.body',
  'headers.authorization',
  'authorization',
  'body',
  'payload',
  'request.body',
  'request.headers.authorization',
];

export interface LoggerSettings {
  readonly level?: string;
  /** The process, as `service` on every line (api, projector, deadlines, relay). */
  readonly service?: string;
  /**
   * Human-readable lines (pino-pretty) instead of JSON. Default: when stdout is a terminal, that is when a
   * person runs the process; JSON when a log collector reads it.
   */
  readonly pretty?: boolean;
  /** Where the lines go (tests); default stdout. */
  readonly destination?: DestinationStream;
}

export const loggerOptions = (level: string, service?: string): LoggerOptions => ({
  level,
  redact: { paths: redactedPaths, censor: '[redacted]' },
  ...(service === undefined ? {} : { base: { service } }),
});

/**
 * A logger writing JSON lines: pino with the redaction above (`pretty` is not looked at: see
 * `createServiceLogger`). For tests and for code handed a destination.
 */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const options = loggerOptions(settings.level ?? 'info', settings.service);
  return settings.destination === undefined ? pino(options) : pino(options, settings.destination);
}

/**
 * The one logger of every service process: `createLogger`'s JSON, or human-readable lines in a terminal (or with
 * `pretty: true`). pino-pretty is loaded only then: a service whose log a collector reads never pays its start-up
 * time or its ~10 MB.
 */
export async function createServiceLogger(settings: LoggerSettings = {}): Promise<Logger> {
  const isPretty = settings.pretty ?? (settings.destination === undefined && process.stdout.isTTY === true);
  if (!isPretty) return createLogger(settings);
  const { build: pretty } = await import('pino-pretty');
  return pino(
    loggerOptions(settings.level ?? 'info', settings.service),
    pretty({
      sync: true,
      ignore: 'pid,hostname',
      translateTime: 'SYS:HH:MM:ss.l',
      ...(settings.destination === undefined ? {} : { destination: settings.destination }),
    }),
  );
}

export type { Logger } from 'pino';
