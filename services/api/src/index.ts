export { buildApp } from './app.ts';
export type { AppDependencies } from './app.ts';
export { configSchema, ConfigError, parseConfig } from './config.ts';
export type { Config } from './config.ts';
export { ApiError, caseNotFound } from './errors/apiError.ts';
export type { ApiErrorBody } from './errors/apiError.ts';
export { errorHandler } from './errors/errorHandler.ts';
export { principalOf } from './auth/authenticate.ts';
export { createLogger } from './logger.ts';
