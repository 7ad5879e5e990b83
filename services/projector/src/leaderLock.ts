import { abortableDelay } from '@relocation/event-store';
import pg from 'pg';

/**
 * First key of the two-key session advisory lock that makes one projector the leader for a read-model schema; the
 * second is a hash of the schema. Distinct from the read models' own per-batch lock class ("RMDL").
 */
export const PROJECTOR_LEADER_LOCK_CLASS = 0x50_52_4a_4c; // "PRJL"

export interface Leadership {
  /** Resolves when the session that holds the lock breaks: another instance may lead now, so stop projecting. */
  readonly lost: Promise<Error>;
  /** Gives the lock up (ends its session). */
  release(): Promise<void>;
}

export interface LeaderLockOptions {
  readonly connectionString: string;
  /** What is led: the read-model schema. */
  readonly name: string;
  /** Pause between attempts while another instance leads, and between liveness checks of the held session. */
  readonly retryMs: number;
  readonly signal: AbortSignal;
  /** Told once per wait that another instance leads. */
  readonly onStandby?: () => void;
  /** Told of a failed attempt (the database unreachable, say); the attempt is repeated after `retryMs`. */
  readonly onError?: (error: unknown) => void;
}

const lockArgs = (name: string): [number, string] => [PROJECTOR_LEADER_LOCK_CLASS, name];

const connect = async (connectionString: string): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString, application_name: 'relocation-projector-leader' });
  // Without a listener a broken session would end the process; `watch` below turns it into lost leadership.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
};

/** Keeps checking the session that holds the lock; resolves when it breaks or ends unasked. */
function watch(client: pg.Client, retryMs: number, released: AbortSignal): Promise<Error> {
  return new Promise<Error>((resolve) => {
    const lose = (error: Error) => {
      clearInterval(timer);
      if (!released.aborted) resolve(error);
    };
    client.on('error', lose);
    client.on('end', () => lose(new Error('the leader lock session ended')));
    const timer = setInterval(() => {
      client.query('SELECT 1').catch((error: unknown) => {
        lose(error instanceof Error ? error : new Error(String(error)));
        void client.end().catch(() => undefined);
      });
    }, retryMs);
    released.addEventListener('abort', () => clearInterval(timer), { once: true });
  });
}

/**
 * Waits until this process holds the leader lock (a session-level `pg_try_advisory_lock`, tried every `retryMs`
 * so that a stop while standing by is prompt). Returns undefined when the signal aborts first.
 */
export async function waitForLeadership(options: LeaderLockOptions): Promise<Leadership | undefined> {
  const { connectionString, name, retryMs, signal } = options;
  let toldStandby = false;
  while (!signal.aborted) {
    let client: pg.Client | undefined;
    try {
      client = await connect(connectionString);
      while (!signal.aborted) {
        const rows = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked',
          lockArgs(name),
        );
        if (rows.rows[0]?.locked === true) return leadership(client, retryMs);
        if (!toldStandby) options.onStandby?.();
        toldStandby = true;
        await abortableDelay(retryMs, signal);
      }
    } catch (error) {
      options.onError?.(error);
      await abortableDelay(retryMs, signal);
    }
    await client?.end().catch(() => undefined);
  }
  return undefined;
}

function leadership(client: pg.Client, retryMs: number): Leadership {
  const released = new AbortController();
  const lost = watch(client, retryMs, released.signal);
  return {
    lost,
    async release() {
      if (released.signal.aborted) return;
      released.abort();
      // Ending the session releases every advisory lock it holds.
      await client.end().catch(() => undefined);
    },
  };
}
