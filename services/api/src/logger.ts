import { createLogger as createRuntimeLogger } from '@relocation/runtime';
import type { DestinationStream, Logger } from 'pino';

export { loggerOptions, redactedPaths } from '@relocation/runtime';

/** The API's logger: the runtime's (pino, redacting, pretty in a terminal), JSON into `destination` when given. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return createRuntimeLogger({
    level,
    service: 'api',
    ...(destination === undefined ? {} : { destination }),
  });
}
