import { fileURLToPath } from 'node:url';
import { freePort, startChild } from './childProcess.ts';
import type { RunningChild } from './childProcess.ts';

/** services/api: the working directory of the engine's processes (tsx resolves from it). */
export const apiDirectory = fileURLToPath(new URL('../..', import.meta.url));
/** The API's composition root, and the stand-alone projector's beside it. */
export const apiEntry = fileURLToPath(new URL('../main.ts', import.meta.url));
export const projectorEntry = fileURLToPath(new URL('../../../projector/src/main.ts', import.meta.url));
/** The API's bundle, as production runs it (`pnpm build:services`, then `start:prod`). */
export const apiCompiledEntry = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const apiCompiledArgs = [
  '--enable-source-maps',
  '--import',
  fileURLToPath(new URL('../../dist/tracing.js', import.meta.url)),
];

export interface RunningEngine extends RunningChild {
  readonly baseUrl: string;
}

/**
 * Starts the API (`services/api/src/main.ts`, or with `compiled` its bundle as `start:prod` runs it) as a child
 * process on a free port with the given settings (DATA_DIR, EVENT_STORE, PROJECTOR, ...) and resolves once its
 * /readyz answers 200.
 */
export async function startEngine(
  env: Readonly<Record<string, string>>,
  timeoutMs?: number,
  nodeArgs?: readonly string[],
  compiled = false,
): Promise<RunningEngine> {
  // A caller may fix the port (e.g. an OIDC client's redirect URI must be known before the engine starts).
  const port = env.PORT === undefined ? await freePort() : Number(env.PORT);
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = await startChild({
    entry: compiled ? apiCompiledEntry : apiEntry,
    compiled,
    cwd: apiDirectory,
    env: { LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    readyUrl: `${baseUrl}/readyz`,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    nodeArgs: [...(nodeArgs ?? []), ...(compiled ? apiCompiledArgs : [])],
  });
  return Object.assign(child, { baseUrl });
}

/**
 * Starts the stand-alone projector (`services/projector/src/main.ts`) against PostgreSQL, its health server on a
 * free port, and resolves once it leads and has caught up (/readyz 200), or with `until: 'listening'` once its
 * health server answers (a standby instance).
 */
export async function startProjectorProcess(
  env: Readonly<Record<string, string>>,
  options: { readonly timeoutMs?: number; readonly until?: 'ready' | 'listening' } = {},
): Promise<RunningChild & { readonly healthUrl: string }> {
  const port = await freePort();
  const healthUrl = `http://127.0.0.1:${port}`;
  const child = await startChild({
    entry: projectorEntry,
    cwd: apiDirectory,
    env: { ...env, HEALTH_PORT: String(port), HEALTH_HOST: '127.0.0.1' },
    readyUrl: `${healthUrl}/readyz`,
    ...options,
  });
  return Object.assign(child, { healthUrl });
}
