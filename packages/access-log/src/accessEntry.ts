import { z } from 'zod';

/**
 * Which view of a case a read revealed, or `statisticsExport`: a download of the published statistics (issue 15),
 * whose `relocationId` then names what was exported (`statistics/<table>.<format>`), as no case is read.
 */
export const accessViews = ['detail', 'history', 'list', 'statisticsExport'] as const;
export type AccessView = (typeof accessViews)[number];

/**
 * One read of one case: who (user, organisation, role), which case, which view, when, and the request that did it.
 * It names the case only by its id and the reader by the token's subject: never personal data of the person.
 */
export const accessEntrySchema = z
  .object({
    at: z.date(),
    userId: z.string().min(1).max(200),
    organisationId: z.string().min(1).max(100),
    role: z.string().min(1).max(50),
    relocationId: z.string().min(1).max(100),
    view: z.enum(accessViews),
    requestId: z.string().min(1).max(200),
  })
  .strict();
export type AccessEntry = z.infer<typeof accessEntrySchema>;

/** An entry as the log holds it: numbered from 1 and chained to the one before. */
export interface RecordedAccessEntry extends AccessEntry {
  readonly seq: number;
  readonly previousHash: string | null;
  readonly hash: string;
}

export interface AccessLogFilters {
  readonly userId?: string;
  readonly organisationId?: string;
  readonly relocationId?: string;
  /** Inclusive. */
  readonly from?: Date;
  /** Exclusive. */
  readonly to?: Date;
  /** Entries after this sequence number (paging). */
  readonly afterSeq?: number;
  /** Default 100, at most 1000. */
  readonly limit?: number;
}

export type AccessLogProblemKind = 'changed' | 'gap' | 'relinked' | 'truncated';

export interface AccessLogProblem {
  readonly kind: AccessLogProblemKind;
  readonly seq: number;
  readonly detail: string;
}

export interface AccessLogVerifyReport {
  readonly ok: boolean;
  readonly entriesChecked: number;
  readonly problems: readonly AccessLogProblem[];
}

/** The access log port: append-only, hash-chained, read by auditors. */
/** Who read: user ids are unique only within their organisation. */
export interface AccessReader {
  readonly organisationId: string;
  readonly userId: string;
}

export interface AccessLog {
  /** Appends the entries in one go, in order, each chained to the previous one; nothing when empty. */
  record(entries: AccessEntry | readonly AccessEntry[]): Promise<void>;
  query(filters?: AccessLogFilters): Promise<RecordedAccessEntry[]>;
  /**
   * How many distinct cases the user read at or after `since` (for the over-reading alert). A user is an
   * organisation and a user id: the same id in two organisations is two people.
   */
  distinctCasesSince(reader: AccessReader, since: Date): Promise<number>;
  /** Walks the whole chain: recomputes every hash, checks the links, the numbering and the head. */
  verify(): Promise<AccessLogVerifyReport>;
}

export const defaultQueryLimit = 100;
export const maxQueryLimit = 1000;
