/**
 * The little the store needs from a PostgreSQL connection. One SQL implementation runs on two drivers: `pg`
 * (a server) and PGlite (PostgreSQL compiled to WebAssembly, embedded in a data directory).
 *
 * Rows come back as the driver parses them; the store's SQL casts 64-bit integers and xid8 to text so both drivers
 * return the same JavaScript types (PGlite would otherwise return int8 as a number).
 */
export type SqlRow = Record<string, unknown>;

export interface QueryOptions {
  /**
   * Keep the statement prepared on the connection (a server's; PGlite ignores it): parsed and analysed once, and
   * planned once when a plan for any parameters costs no more than one for the given ones. For statements run
   * often whose best plan does not depend on their parameters, such as lookups by key: planning each call cost
   * more than running such a lookup. Not for statements whose text varies (each text is prepared once per
   * connection, for as long as it lives), nor where the parameters decide the plan (a party that sees every case
   * and one that sees a few).
   */
  readonly prepare?: boolean;
}

export interface SqlQueryable {
  query<R = SqlRow>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<R[]>;
  /**
   * Optional, for bulk loads: writes `rows`, lines in PostgreSQL's COPY text format (`copyTextRow` makes them),
   * into `target`, a quoted table name with its column list, in one COPY. The server parses far less than for
   * the same rows passed as JSON or parameters. As with a plain INSERT, a row whose key is taken fails the load.
   * The rows come as text, or as that text's UTF-8 bytes in parts, each ending with a whole line.
   */
  copyFrom?(target: string, rows: string | readonly Uint8Array<ArrayBuffer>[]): Promise<void>;
}

export interface SqlDriver extends SqlQueryable {
  readonly kind: 'pg' | 'pglite';
  /** Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Optional: LISTEN on `channel` (a plain lower-case identifier) on a connection of its own; `onNotify` gets each
   * notification's payload, `onLost` is told once if that connection breaks. Resolves to a function that stops
   * listening and gives the connection back; call it before `close()`.
   */
  listen?(
    channel: string,
    onNotify: (payload: string) => void,
    onLost: (error: unknown) => void,
  ): Promise<() => Promise<void>>;
  /** Releases what the driver opened itself; a pool or PGlite instance passed in by the caller stays open. */
  close(): Promise<void>;
}
