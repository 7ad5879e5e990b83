export {
  createJsonLogger,
  errorFields,
  errorName,
  silentLogger,
  type LogFields,
  type Logger,
} from './jsonLogger.ts';
