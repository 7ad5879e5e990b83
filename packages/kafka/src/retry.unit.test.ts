import { describe, expect, it } from 'vitest';
import { backoffDelay, isTransientKafkaError, retryTransient } from './retry.ts';
import type { RetryPolicy } from './retry.ts';

const policy: RetryPolicy = { maxAttempts: 4, initialDelayMs: 100, maxDelayMs: 300 };

function kafkaError(name: string, retriable: boolean, cause?: unknown): Error {
  const error = new Error(name, { cause });
  error.name = name;
  return Object.assign(error, { retriable });
}

function recordingDeps(random = 0.5) {
  const delays: number[] = [];
  return { delays, deps: { sleep: async (ms: number) => void delays.push(ms), random: () => random } };
}

describe('backoffDelay', () => {
  it('doubles up to the cap and stays between half and all of it', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(policy, attempt, () => 0))).toEqual([
      50, 100, 150, 150,
    ]);
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(policy, attempt, () => 0.999999))).toEqual([
      100, 200, 300, 300,
    ]);
  });
});

describe('isTransientKafkaError', () => {
  it('follows the retriable flag, and the cause of an exhausted kafkajs retry', () => {
    expect(isTransientKafkaError(kafkaError('KafkaJSConnectionError', true))).toBe(true);
    expect(isTransientKafkaError(kafkaError('KafkaJSProtocolError', false))).toBe(false);
    const exhausted = (cause: Error) => kafkaError('KafkaJSNumberOfRetriesExceeded', false, cause);
    expect(isTransientKafkaError(exhausted(kafkaError('KafkaJSRequestTimeoutError', true)))).toBe(true);
    expect(isTransientKafkaError(exhausted(kafkaError('KafkaJSProtocolError', false)))).toBe(false);
    expect(isTransientKafkaError(new Error('plain'))).toBe(false);
    expect(isTransientKafkaError('string')).toBe(false);
  });
});

describe('retryTransient', () => {
  it('retries transient failures with backoff and returns the first success', async () => {
    const { delays, deps } = recordingDeps();
    let calls = 0;
    const result = await retryTransient(
      async () => {
        calls += 1;
        if (calls < 3) throw kafkaError('KafkaJSConnectionError', true);
        return 'acknowledged';
      },
      isTransientKafkaError,
      policy,
      deps,
    );
    expect(result).toBe('acknowledged');
    expect(calls).toBe(3);
    expect(delays).toEqual([75, 150]);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const { delays, deps } = recordingDeps();
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw kafkaError('KafkaJSConnectionError', true);
    };
    await expect(retryTransient(failing, isTransientKafkaError, policy, deps)).rejects.toThrow(
      'KafkaJSConnectionError',
    );
    expect(calls).toBe(4);
    expect(delays).toHaveLength(3);
  });

  it('does not retry a permanent error', async () => {
    const { delays, deps } = recordingDeps();
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw kafkaError('KafkaJSProtocolError', false);
    };
    await expect(retryTransient(failing, isTransientKafkaError, policy, deps)).rejects.toThrow();
    expect(calls).toBe(1);
    expect(delays).toEqual([]);
  });
});
