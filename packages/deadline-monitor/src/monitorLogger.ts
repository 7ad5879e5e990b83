/** The part of a pino (or Fastify) logger the monitor uses. It logs ids, kinds and codes only, never case data. */
export interface MonitorLogger {
  info(fields: Readonly<Record<string, unknown>>, message: string): void;
  warn(fields: Readonly<Record<string, unknown>>, message: string): void;
  error(fields: Readonly<Record<string, unknown>>, message: string): void;
}

export const silentMonitorLogger: MonitorLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
