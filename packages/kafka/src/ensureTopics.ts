import type { Admin } from 'kafkajs';
import type { TopicSpec } from './topics.ts';

export interface EnsureTopicsResult {
  /** Topics that were missing and now exist (created by this call, or at the same moment by another process). */
  readonly created: readonly string[];
  /** Topics that already existed; their partitions and replicas are left as they are. */
  readonly existing: readonly string[];
}

/**
 * Creates the topics that do not exist yet and waits until their partitions have leaders. Idempotent: topics that
 * exist are left alone, and a topic created concurrently by another process counts as existing.
 * The admin client must be connected.
 */
export async function ensureTopics(admin: Admin, specs: readonly TopicSpec[]): Promise<EnsureTopicsResult> {
  const names = specs.map((spec) => spec.topic);
  if (new Set(names).size !== names.length) {
    throw new Error(`ensureTopics: a topic is listed twice in ${names.join(', ')}`);
  }
  const present = new Set(await admin.listTopics());
  const missing = specs.filter((spec) => !present.has(spec.topic));
  if (missing.length > 0) {
    // createTopics resolves false when every missing topic was created by someone else in the meantime.
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: spec.topic,
        numPartitions: spec.numPartitions,
        replicationFactor: spec.replicationFactor,
      })),
    });
  }
  const after = new Set(await admin.listTopics());
  const absent = names.filter((name) => !after.has(name));
  if (absent.length > 0) {
    throw new Error(`ensureTopics: topics still missing after creation: ${absent.join(', ')}`);
  }
  const createdNames = new Set(missing.map((spec) => spec.topic));
  return {
    created: names.filter((name) => createdNames.has(name)),
    existing: names.filter((name) => !createdNames.has(name)),
  };
}
