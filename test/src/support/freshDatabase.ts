import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Creates an empty database `e2e_<random>` on the server of `serverUrl` and returns its URL, so that each test file
 * has a database of its own (event store, keys and read models in their default schemas, as in production).
 */
export async function createFreshDatabase(serverUrl: string): Promise<{ url: string; name: string }> {
  const name = `e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

/** Drops the database once no process uses it any more (best effort: a leftover is harmless). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
