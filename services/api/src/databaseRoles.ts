import { accessLogRuntimeGrants, DEFAULT_ACCESS_LOG_SCHEMA, migrateAccessLog } from '@relocation/access-log';
import { DEFAULT_SCHEMA, eventStoreRuntimeGrants, migrate } from '@relocation/event-store-postgres';
import { createPgDriver, grantRuntime, quoteRole, type SqlDriver } from '@relocation/postgres';
import {
  DEFAULT_KEY_STORE_SCHEMA,
  keyStoreRuntimeGrants,
  migrateKeyStore,
} from '@relocation/key-store-postgres';

/** The schemas of the tables the owner role migrates and the runtime role only uses. */
export interface OwnedSchemas {
  /** Absent when the events live in KurrentDB. */
  readonly eventStore?: string;
  readonly accessLog: string;
  readonly keyStore: string;
}

export const defaultOwnedSchemas: OwnedSchemas = {
  eventStore: DEFAULT_SCHEMA,
  accessLog: DEFAULT_ACCESS_LOG_SCHEMA,
  keyStore: DEFAULT_KEY_STORE_SCHEMA,
};

/**
 * Runs the migrations of the event store, the access log and the key store as the owner role, then grants the
 * runtime role exactly what each needs (see each package's `*RuntimeGrants`). Without a runtime role (one URL for
 * both, in development) nothing is granted. The read models are not here: they are derived data, rebuilt by
 * dropping their schema, so the runtime role creates and owns them.
 */
export async function migrateAsOwner(
  owner: SqlDriver,
  schemas: OwnedSchemas,
  runtimeRole: string | undefined,
): Promise<void> {
  if (schemas.eventStore !== undefined) await migrate(owner, schemas.eventStore);
  await migrateAccessLog(owner, schemas.accessLog);
  await migrateKeyStore(owner, schemas.keyStore);
  if (runtimeRole === undefined) return;
  if (schemas.eventStore !== undefined) {
    await grantRuntime(owner, schemas.eventStore, runtimeRole, eventStoreRuntimeGrants);
  }
  await grantRuntime(owner, schemas.accessLog, runtimeRole, accessLogRuntimeGrants);
  await grantRuntime(owner, schemas.keyStore, runtimeRole, keyStoreRuntimeGrants);
}

/** The role a driver connects as. */
export async function currentRole(driver: SqlDriver): Promise<string> {
  const [row] = await driver.query<{ role: string }>('SELECT current_user::text AS role');
  if (row === undefined) throw new Error('current_user returned no row');
  return row.role;
}

/**
 * With MIGRATION_DATABASE_URL naming another role than DATABASE_URL: migrates as that owner and grants the
 * runtime role (the one `runtime` connects as) its rights; then closes the owner's connection.
 */
export async function migrateWithOwnerRole(
  migrationDatabaseUrl: string,
  runtime: SqlDriver,
  schemas: OwnedSchemas,
): Promise<void> {
  const owner = createPgDriver({ connectionString: migrationDatabaseUrl, max: 1 });
  try {
    const [ownerRole, runtimeRole] = await Promise.all([currentRole(owner), currentRole(runtime)]);
    await migrateAsOwner(owner, schemas, ownerRole === runtimeRole ? undefined : runtimeRole);
  } finally {
    await owner.close();
  }
}

interface RoleLogin {
  readonly role: string;
  readonly password?: string;
  readonly database: string;
}

function loginOf(url: string, setting: string): RoleLogin {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${setting} is not a URL`);
  }
  const role = decodeURIComponent(parsed.username);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (role === '' || database === '') throw new Error(`${setting} must name a user and a database`);
  quoteRole(role);
  return {
    role,
    database,
    ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
  };
}

export interface DatabaseRolesOptions {
  /** A role that may create roles and grant on the database (a superuser, or the database's owner with CREATEROLE). */
  readonly adminUrl: string;
  /** MIGRATION_DATABASE_URL: the owner role, which creates and owns the tables. */
  readonly ownerUrl: string;
  /** DATABASE_URL: the runtime role, which only appends and reads history. */
  readonly runtimeUrl: string;
  readonly schemas?: OwnedSchemas;
}

/**
 * Creates the owner and the runtime role (when missing; with the passwords in their URLs), lets both connect and
 * create schemas in the database (the owner for the tables it owns, the runtime for the read models it rebuilds),
 * makes the owner a member of the runtime role (to hand it the key table, see keyStoreRuntimeGrants), then
 * migrates as the owner and grants the runtime its rights. Safe to run again.
 */
export async function setUpDatabaseRoles(
  options: DatabaseRolesOptions,
): Promise<{ owner: string; runtime: string }> {
  const owner = loginOf(options.ownerUrl, 'MIGRATION_DATABASE_URL');
  const runtime = loginOf(options.runtimeUrl, 'DATABASE_URL');
  if (owner.role === runtime.role) {
    throw new Error(
      'DATABASE_URL and MIGRATION_DATABASE_URL name the same role: give the runtime a role of its own',
    );
  }
  if (owner.database !== runtime.database) {
    throw new Error('DATABASE_URL and MIGRATION_DATABASE_URL must name the same database');
  }
  const admin = createPgDriver({ connectionString: options.adminUrl, max: 1 });
  try {
    for (const login of [owner, runtime]) {
      const [exists] = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login.role]);
      const [statement] = await admin.query<{ sql: string }>(
        login.password === undefined
          ? `SELECT format('${exists ? 'ALTER' : 'CREATE'} ROLE %I LOGIN', $1::text) AS sql`
          : `SELECT format('${exists ? 'ALTER' : 'CREATE'} ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) AS sql`,
        login.password === undefined ? [login.role] : [login.role, login.password],
      );
      if (statement !== undefined) await admin.query(statement.sql);
    }
    const [grant] = await admin.query<{ sql: string }>(
      `SELECT format('GRANT CONNECT, CREATE ON DATABASE %I TO %I, %I', $1::text, $2::text, $3::text) AS sql`,
      [owner.database, owner.role, runtime.role],
    );
    if (grant !== undefined) await admin.query(grant.sql);
    await admin.query(`GRANT ${quoteRole(runtime.role)} TO ${quoteRole(owner.role)}`);
  } finally {
    await admin.close();
  }
  const ownerDriver = createPgDriver({ connectionString: options.ownerUrl, max: 1 });
  try {
    await migrateAsOwner(ownerDriver, options.schemas ?? defaultOwnedSchemas, runtime.role);
  } finally {
    await ownerDriver.close();
  }
  return { owner: owner.role, runtime: runtime.role };
}
