/** PostgreSQL schema the store's tables live in; a plain lower-case identifier, so it is safe to splice into SQL. */
export const DEFAULT_SCHEMA = 'event_store';
