/** A stream's last revision and its hash as this process last saw them (-1 and null: no stream). */
export interface KnownHead {
  readonly revision: number;
  readonly hash: string | null;
}

/**
 * The heads this process last wrote or read, a hint that lets an append hash its events before it reaches the
 * database: `append_batch` checks the hint against the locked head and reports the real head when they differ, so
 * a stale hint costs one more round trip, never a wrong chain. Bounded (least recently used entries go first).
 */
export class StreamHeads {
  readonly #heads = new Map<string, KnownHead>();
  readonly #limit: number;

  constructor(limit = 10_000) {
    this.#limit = limit;
  }

  get(streamName: string): KnownHead | undefined {
    return this.#heads.get(streamName);
  }

  /** Records a head; `onlyForward` keeps a later head already known (a read of an older page, say). */
  set(streamName: string, head: KnownHead, onlyForward = false): void {
    const known = this.#heads.get(streamName);
    if (onlyForward && known !== undefined && known.revision >= head.revision) return;
    this.#heads.delete(streamName);
    this.#heads.set(streamName, head);
    if (this.#heads.size > this.#limit) {
      const oldest = this.#heads.keys().next();
      if (!oldest.done) this.#heads.delete(oldest.value);
    }
  }

  forget(streamName: string): void {
    this.#heads.delete(streamName);
  }
}
