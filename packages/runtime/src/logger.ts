import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { build as pretty } from 'pino-pretty';

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

/** The one logger of every process: pino with the redaction above, pretty in a terminal. */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const options = loggerOptions(settings.level ?? 'info', settings.service);
  const isPretty = settings.pretty ?? (settings.destination === undefined && process.stdout.isTTY === true);
  if (isPretty) {
    return pino(
      options,
      pretty({
        sync: true,
        ignore: 'pid,hostname',
        translateTime: 'SYS:HH:MM:ss.l',
        ...(settings.destination === undefined ? {} : { destination: settings.destination }),
      }),
    );
  }
  return settings.destination === undefined ? pino(options) : pino(options, settings.destination);
}

export type { Logger } from 'pino';
