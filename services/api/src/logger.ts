import { pino } from 'pino';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';

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

export const loggerOptions = (level: string): LoggerOptions => ({
  level,
  redact: { paths: redactedPaths, censor: '[redacted]' },
});

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination === undefined ? pino(loggerOptions(level)) : pino(loggerOptions(level), destination);
}
