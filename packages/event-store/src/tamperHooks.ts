import type { Json, NewEvent } from './port.ts';

/**
 * Functions that change an adapter's storage behind the store's back, so the contract suite can check that
 * `verify` notices. They act on what is stored, not through the port, and must not update any stream head the
 * adapter records separately (that record is what reveals truncation).
 */
export interface TamperHooks {
  /** Overwrite the stored data of one event, leaving its hash as it was. */
  changeData?(streamName: string, revision: number, data: Json): Promise<void>;
  /** Delete one stored event; later events keep their revisions. */
  deleteEvent?(streamName: string, revision: number): Promise<void>;
  /**
   * Exchange where two events are stored: in a revision-keyed table the rows swap everything but the revision;
   * in a log the two entries swap places.
   */
  swapEvents?(streamName: string, revisionA: number, revisionB: number): Promise<void>;
  /**
   * Store a forged event right after `afterRevision`, as a forger who knows the hashing scheme would: revision
   * afterRevision + 1 and a hash correctly chained to the event at afterRevision (later events may be renumbered
   * if the storage needs unique revisions, their hashes untouched).
   */
  insertEvent?(streamName: string, afterRevision: number, event: NewEvent): Promise<void>;
}
