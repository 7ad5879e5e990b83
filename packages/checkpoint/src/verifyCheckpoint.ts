import type { KeyObject } from 'node:crypto';
import type { CheckpointBody } from './checkpoint.ts';
import { readLatestCheckpoint } from './checkpointDirectory.ts';
import type { CheckpointSubject } from './checkpointSubject.ts';

export type CheckpointProblemKind =
  | 'refused'
  | 'missing'
  | 'stream-missing'
  | 'removed'
  | 'diverged'
  | 'access-log-removed'
  | 'access-log-diverged';

export interface CheckpointProblem {
  readonly kind: CheckpointProblemKind;
  readonly streamName?: string;
  readonly revision?: number;
  readonly seq?: number;
  readonly detail: string;
}

export interface CheckpointVerification {
  readonly ok: boolean;
  /** The signed checkpoint compared with, or null when there is none. */
  readonly checkpoint: {
    readonly file: string;
    readonly issuedAt: string;
    readonly keyId: string;
    readonly streams: number;
    readonly accessLogSeq: number;
  } | null;
  readonly problems: readonly CheckpointProblem[];
}

/**
 * Compares the database with a signed checkpoint: every stream it names must still hold, at the signed revision,
 * an event with the signed hash, and the access log the signed entry. With the hash chains intact (the stores'
 * own verify), that pins every event and entry up to the checkpoint: rewriting one means recomputing the chain,
 * and the recomputed hash at the signed position no longer matches.
 */
export async function compareWithCheckpoint(
  body: CheckpointBody,
  subject: CheckpointSubject,
): Promise<CheckpointProblem[]> {
  const problems: CheckpointProblem[] = [];
  const stored = await subject.storedHashes(body.eventStore.streams);
  body.eventStore.streams.forEach((signed, index) => {
    const found = stored[index];
    if (found === undefined || !found.streamExists) {
      problems.push({
        kind: 'stream-missing',
        streamName: signed.name,
        detail: `the stream was signed at revision ${signed.revision} and is no longer stored`,
      });
    } else if (found.hash === null) {
      problems.push({
        kind: 'removed',
        streamName: signed.name,
        revision: signed.revision,
        detail: `revision ${signed.revision} was signed and is no longer stored`,
      });
    } else if (found.hash !== signed.hash) {
      problems.push({
        kind: 'diverged',
        streamName: signed.name,
        revision: signed.revision,
        detail: `revision ${signed.revision} no longer has the signed hash: the history up to it was rewritten`,
      });
    }
  });
  const { seq, hash } = body.accessLog;
  if (seq > 0) {
    const storedHash = await subject.accessLogHashAt(seq);
    if (storedHash === undefined) {
      problems.push({
        kind: 'access-log-removed',
        seq,
        detail: `access log entry ${seq} was signed and is no longer stored`,
      });
    } else if (storedHash !== hash) {
      problems.push({
        kind: 'access-log-diverged',
        seq,
        detail: `access log entry ${seq} no longer has the signed hash: the log up to it was rewritten`,
      });
    }
  }
  return problems;
}

/** Reads the newest valid checkpoint in `directory` and compares the database with it. */
export async function verifyCheckpoint(options: {
  readonly directory: string;
  readonly key: { readonly publicKey: KeyObject; readonly keyId: string };
  readonly subject: CheckpointSubject;
}): Promise<CheckpointVerification> {
  const { latest, refused } = await readLatestCheckpoint(options.directory, options.key);
  const problems: CheckpointProblem[] = refused.map(({ file, reason }) => ({
    kind: 'refused',
    detail: `${file}: ${reason}`,
  }));
  if (latest === undefined) {
    const heads = await options.subject.currentHeads();
    if (heads.streams.length > 0 || heads.accessLog.seq > 0) {
      problems.push({
        kind: 'missing',
        detail: 'no valid signed checkpoint: the engine signs one at start and then periodically',
      });
    }
    return { ok: problems.length === 0, checkpoint: null, problems };
  }
  problems.push(...(await compareWithCheckpoint(latest.body, options.subject)));
  return {
    ok: problems.length === 0,
    checkpoint: {
      file: latest.file,
      issuedAt: latest.body.issuedAt,
      keyId: latest.body.keyId,
      streams: latest.body.eventStore.streams.length,
      accessLogSeq: latest.body.accessLog.seq,
    },
    problems,
  };
}
