import { repeat } from '@relocation/runtime';
import type { SignedCheckpoint } from './checkpoint.ts';
import { writeCheckpointFile } from './checkpointDirectory.ts';
import type { CheckpointSubject } from './checkpointSubject.ts';
import { signCheckpoint } from './signCheckpoint.ts';
import type { CheckpointSigningKey } from './signingKey.ts';

/** Somewhere outside the database a signed checkpoint is published (besides the directory): a Kafka topic, say. */
export interface CheckpointSink {
  readonly name: string;
  publish(signed: SignedCheckpoint): Promise<void>;
  /** Called once by the publisher's `stop`. */
  close?(): Promise<void>;
}

export interface CheckpointPublisherOptions {
  readonly key: CheckpointSigningKey;
  readonly subject: CheckpointSubject;
  /** Where every checkpoint is written (CHECKPOINT_DIR); verify reads the newest one from here. */
  readonly directory: string;
  readonly sinks?: readonly CheckpointSink[];
  /**
   * Verifies the hash chains and the newest checkpoint. Nothing is signed unless it passes: a checkpoint signed over
   * a rewritten history would vouch for the forgery.
   */
  readonly verify: () => Promise<{ readonly ok: boolean }>;
  readonly intervalMs: number;
  readonly clock: () => Date;
  readonly logger?: {
    info(fields: object, message: string): void;
    error(fields: object, message: string): void;
  };
}

export type PublishOutcome =
  | {
      readonly published: true;
      readonly file: string;
      readonly streams: number;
      readonly accessLogSeq: number;
    }
  | { readonly published: false; readonly reason: string };

export interface CheckpointPublisher {
  readonly name: string;
  /** Publishes one checkpoint now, then every `intervalMs` until stopped. */
  start(): Promise<void>;
  /** Ends the loop after the round in progress; no timer outlives it. */
  stop(): Promise<void>;
  /** `reason` is a fixed code (`not_published_yet`, `verify_failed`, `sink_failed`, `round_failed`). */
  readiness(): { readonly ready: boolean; readonly reason?: string; readonly detail: string };
  /** One round: read the heads, verify, sign, publish. */
  publishOnce(): Promise<PublishOutcome>;
}

/** The worker that signs the heads of every stream and of the access log and publishes them outside the database. */
export function createCheckpointPublisher(options: CheckpointPublisherOptions): CheckpointPublisher {
  let state: { ready: boolean; reason?: string; detail: string } = {
    ready: false,
    reason: 'not_published_yet',
    detail: 'no checkpoint published yet',
  };
  let controller: AbortController | undefined;
  let loop: Promise<void> | undefined;

  const publishOnce = async (): Promise<PublishOutcome> => {
    // Heads first, then verify: whatever changed in between is checked before anything is signed.
    const heads = await options.subject.currentHeads();
    const report = await options.verify();
    if (!report.ok) {
      const reason = 'verify found problems: no checkpoint is signed until they are resolved';
      state = { ready: false, reason: 'verify_failed', detail: reason };
      options.logger?.error({}, `checkpoint not signed: ${reason}`);
      return { published: false, reason };
    }
    const signed = signCheckpoint(heads, options.key, options.clock());
    const file = await writeCheckpointFile(options.directory, signed);
    const failed: string[] = [];
    for (const sink of options.sinks ?? []) {
      try {
        await sink.publish(signed);
      } catch (error) {
        failed.push(sink.name);
        options.logger?.error(
          { sink: sink.name, error: error instanceof Error ? error.name : typeof error },
          'checkpoint not published to a sink',
        );
      }
    }
    const outcome = {
      published: true as const,
      file,
      streams: heads.streams.length,
      accessLogSeq: heads.accessLog.seq,
    };
    state =
      failed.length === 0
        ? { ready: true, detail: `checkpoint published at ${signed.body.issuedAt}` }
        : {
            ready: false,
            reason: 'sink_failed',
            detail: `checkpoint written to the directory but not to ${failed.join(', ')}`,
          };
    options.logger?.info(
      { streams: outcome.streams, accessLogSeq: outcome.accessLogSeq, keyId: options.key.keyId },
      'checkpoint signed and published',
    );
    return outcome;
  };

  return {
    name: 'checkpoint-publisher',
    async start() {
      if (loop !== undefined) return;
      const abort = new AbortController();
      controller = abort;
      loop = repeat(
        async () => {
          await publishOnce();
        },
        {
          signal: abort.signal,
          intervalMs: options.intervalMs,
          onFailure: (error) => {
            state = { ready: false, reason: 'round_failed', detail: 'the last checkpoint round failed' };
            options.logger?.error(
              { error: error instanceof Error ? error.name : typeof error },
              'checkpoint round failed; retrying after the interval',
            );
          },
        },
      );
    },
    async stop() {
      controller?.abort();
      await loop;
      loop = undefined;
      for (const sink of options.sinks ?? []) await sink.close?.();
    },
    readiness: () => ({ ...state }),
    publishOnce,
  };
}
