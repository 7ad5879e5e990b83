export {
  createJsonLogger,
  errorFields,
  errorName,
  eventLogger,
  type PinoLike,
  silentLogger,
  type LogFields,
  type Logger,
} from './jsonLogger.ts';
