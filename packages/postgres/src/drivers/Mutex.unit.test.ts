import { describe, expect, it } from 'vitest';
import { Mutex } from './Mutex.ts';

describe('Mutex', () => {
  it('runs queued tasks one at a time, in order, and goes on after one fails', async () => {
    const mutex = new Mutex();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = mutex.run(async () => {
      log.push('first started');
      await gate;
      log.push('first done');
      return 1;
    });
    const failing = mutex.run(async () => {
      log.push('second started');
      throw new Error('boom');
    });
    const third = mutex.run(async () => {
      log.push('third started');
      return 3;
    });
    await Promise.resolve();
    expect(log).toEqual(['first started']);
    release();
    expect(await first).toBe(1);
    await expect(failing).rejects.toThrow('boom');
    expect(await third).toBe(3);
    expect(log).toEqual(['first started', 'first done', 'second started', 'third started']);
  });
});
