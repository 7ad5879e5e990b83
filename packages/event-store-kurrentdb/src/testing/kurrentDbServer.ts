import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, NO_STREAM, jsonEvent } from '@eventstore/db-client';

/** Where the integration tests find a server: a URL, a container they start, or nowhere (they skip). */
export type KurrentDbServerSource =
  | { readonly kind: 'url'; readonly connectionString: string }
  | { readonly kind: 'docker'; readonly image: string }
  | { readonly kind: 'none'; readonly reason: string };

export const DEFAULT_KURRENTDB_IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:latest';

export function kurrentDbServerSource(
  env: NodeJS.ProcessEnv = process.env,
  dockerSocketExists: () => boolean = () => existsSync('/var/run/docker.sock'),
): KurrentDbServerSource {
  const url = env['KURRENTDB_URL']?.trim();
  if (url) {
    return { kind: 'url', connectionString: url };
  }
  if (env['DOCKER_HOST'] || dockerSocketExists()) {
    return { kind: 'docker', image: env['KURRENTDB_IMAGE']?.trim() || DEFAULT_KURRENTDB_IMAGE };
  }
  return {
    kind: 'none',
    reason:
      'KurrentDB tests skipped: set KURRENTDB_URL=esdb://127.0.0.1:2113?tls=false (a running KurrentDB/EventStoreDB ' +
      'in insecure mode) or provide a Docker engine (/var/run/docker.sock or DOCKER_HOST)',
  };
}

/** Insecure single node in memory: the settings the official images read from the environment. */
export function insecureNodeEnvironment(image: string): Record<string, string> {
  const prefix = image.includes('eventstore') ? 'EVENTSTORE' : 'KURRENTDB';
  return {
    [`${prefix}_INSECURE`]: 'true',
    [`${prefix}_MEM_DB`]: 'true',
    [`${prefix}_RUN_PROJECTIONS`]: 'None',
    [`${prefix}_TELEMETRY_OPTOUT`]: 'true',
  };
}

export interface RunningKurrentDb {
  readonly connectionString: string;
  stop(): Promise<void>;
}

/** Appends to a throw-away stream until the node accepts writes (a fresh node takes a moment to become leader). */
export async function waitUntilWritable(connectionString: string, timeoutMs = 60_000): Promise<void> {
  const client = EventStoreDBClient.connectionString(connectionString);
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await client.appendToStream(
          `readiness-probe-${randomUUID()}`,
          jsonEvent({ type: 'ReadinessProbed', data: {} }),
          { expectedRevision: NO_STREAM },
        );
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`KurrentDB at ${connectionString} did not accept writes within ${timeoutMs} ms`, {
            cause: error,
          });
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  } finally {
    await client.dispose();
  }
}

export async function startKurrentDb(source: KurrentDbServerSource): Promise<RunningKurrentDb> {
  switch (source.kind) {
    case 'url': {
      await waitUntilWritable(source.connectionString);
      return { connectionString: source.connectionString, stop: async () => undefined };
    }
    case 'docker': {
      // Loaded only here: without a Docker engine the package is never imported.
      const { GenericContainer, Wait } = await import('testcontainers');
      const container = await new GenericContainer(source.image)
        .withEnvironment(insecureNodeEnvironment(source.image))
        .withExposedPorts(2113)
        .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCodeMatching((status) => status < 300))
        .withStartupTimeout(120_000)
        .start();
      const connectionString = `esdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`;
      await waitUntilWritable(connectionString);
      return {
        connectionString,
        stop: async () => {
          await container.stop();
        },
      };
    }
    case 'none':
      throw new Error(source.reason);
    default: {
      const _exhaustive: never = source;
      throw new Error(`Unknown server source ${JSON.stringify(_exhaustive)}`);
    }
  }
}
