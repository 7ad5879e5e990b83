import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { createHost, WorkerStartError, type StopReport } from './host.ts';
import { runHost, type ProcessLike } from './run.ts';
import { notReady, ready, type Worker, type WorkerContext, type WorkerReadiness } from './worker.ts';

const logger = pino({ level: 'silent' });

interface Probe extends Worker {
  context?: WorkerContext;
}

/** A worker that records its starts and stops in `log`, and can be told to fail or hang. */
function probe(
  name: string,
  log: string[],
  behaviour: {
    startFails?: boolean;
    stopFails?: boolean;
    stopHangs?: boolean;
    readiness?: () => WorkerReadiness | Promise<WorkerReadiness>;
  } = {},
): Probe {
  const worker: Probe = {
    name,
    async start(context) {
      worker.context = context;
      log.push(`start ${name}`);
      if (behaviour.startFails === true) throw new Error(`${name} cannot start`);
    },
    async stop() {
      log.push(`stop ${name}`);
      if (behaviour.stopFails === true) throw new Error(`${name} cannot stop`);
      if (behaviour.stopHangs === true) await new Promise(() => undefined);
    },
    readiness: behaviour.readiness ?? (() => ready),
  };
  return worker;
}

function fakeProcess() {
  const listeners = new Map<string, () => void>();
  const exits: number[] = [];
  const proc: ProcessLike & { emit(signal: string): void; exits: number[] } = {
    exitCode: undefined,
    once(signal, listener) {
      listeners.set(signal, listener);
    },
    exit(code: number): never {
      exits.push(code);
      return undefined as never;
    },
    emit(signal) {
      listeners.get(signal)?.();
    },
    exits,
  };
  return proc;
}

describe('the host', () => {
  it('starts the workers in order and stops them in reverse order', async () => {
    const log: string[] = [];
    const host = createHost({ logger, workers: ['a', 'b', 'c'].map((name) => probe(name, log)) });
    await host.start();
    const report = await host.stop('test');
    expect(log).toEqual(['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a']);
    expect(report).toEqual({ clean: true, failed: [], timedOut: [] });
  });

  it('stops only once however often it is asked', async () => {
    const log: string[] = [];
    const host = createHost({ logger, workers: [probe('a', log)] });
    await host.start();
    const [first, second] = await Promise.all([host.stop('one'), host.stop('two')]);
    expect(first).toBe(second);
    expect(log).toEqual(['start a', 'stop a']);
  });

  it('when a worker cannot start, stops those already started in reverse order and names it', async () => {
    const log: string[] = [];
    const host = createHost({
      logger,
      workers: [probe('a', log), probe('b', log), probe('c', log, { startFails: true }), probe('d', log)],
    });
    const error = await host.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerStartError);
    expect((error as WorkerStartError).worker).toBe('c');
    expect(log).toEqual(['start a', 'start b', 'start c', 'stop b', 'stop a']);
  });

  it('gives up on a worker that does not stop within the deadline and still stops the ones before it', async () => {
    const log: string[] = [];
    const host = createHost({
      logger,
      stopDeadlineMs: 50,
      workers: [probe('a', log), probe('b', log, { stopHangs: true }), probe('c', log)],
    });
    await host.start();
    // On a fake clock: only the deadline can end this stop, and no wall-clock budget depends on the machine's load.
    vi.useFakeTimers();
    try {
      let report: StopReport | undefined;
      const stopping = host.stop('test').then((done) => (report = done));
      await vi.advanceTimersByTimeAsync(50);
      expect(report).toEqual({ clean: false, failed: [], timedOut: ['b', 'a'] });
      await stopping;
    } finally {
      vi.useRealTimers();
    }
    expect(log).toEqual(['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a']);
  });

  it('goes on stopping after a worker whose stop fails, and says the stop was not clean', async () => {
    const log: string[] = [];
    const host = createHost({
      logger,
      workers: [probe('a', log), probe('b', log, { stopFails: true }), probe('c', log)],
    });
    await host.start();
    expect(await host.stop('test')).toEqual({ clean: false, failed: ['b'], timedOut: [] });
    expect(log).toEqual(['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a']);
  });

  it('stops every worker when one fails after it started, and aborts the shared signal', async () => {
    const log: string[] = [];
    const workers = [probe('a', log), probe('b', log), probe('c', log)];
    const host = createHost({ logger, workers });
    await host.start();
    const signal = workers[0]?.context?.signal;
    expect(signal?.aborted).toBe(false);
    workers[1]?.context?.fail(new Error('loop died'));
    const failure = await host.failed;
    expect(failure.worker).toBe('b');
    await host.stop('again');
    expect(signal?.aborted).toBe(true);
    expect(log).toEqual(['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a']);
  });

  it('stops a worker that finished starting after another one failed', async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    const a = probe('a', log);
    const slow: Worker = {
      ...probe('slow', log),
      async start() {
        log.push('start slow');
        a.context?.fail(new Error('a died while slow started'));
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    };
    const host = createHost({ logger, workers: [a, slow, probe('never', log)] });
    const starting = host.start().catch((e: unknown) => e);
    await host.failed;
    release();
    expect(await starting).toBeInstanceOf(WorkerStartError);
    expect(log).toEqual(['start a', 'start slow', 'stop a', 'stop slow']);
  });

  it('reports each worker’s readiness, ready only when all are', async () => {
    let bReady: WorkerReadiness = notReady('behind');
    const log: string[] = [];
    const host = createHost({
      logger,
      readinessTimeoutMs: 50,
      workers: [
        probe('a', log),
        probe('b', log, { readiness: () => bReady }),
        probe('c', log, { readiness: async () => ready }),
      ],
    });
    expect(await host.readiness()).toEqual({
      ready: false,
      workers: { a: notReady('not_started'), b: notReady('not_started'), c: notReady('not_started') },
    });
    await host.start();
    expect(await host.readiness()).toEqual({
      ready: false,
      workers: { a: ready, b: notReady('behind'), c: ready },
    });
    bReady = ready;
    expect(await host.readiness()).toEqual({ ready: true, workers: { a: ready, b: ready, c: ready } });
    await host.stop('test');
    expect((await host.readiness()).workers.a).toEqual(notReady('stopped'));
  });

  it('counts a readiness check that throws or hangs as not ready', async () => {
    const log: string[] = [];
    const host = createHost({
      logger,
      readinessTimeoutMs: 30,
      workers: [
        probe('throws', log, {
          readiness: () => {
            throw new Error('no');
          },
        }),
        probe('hangs', log, { readiness: () => new Promise<WorkerReadiness>(() => undefined) }),
      ],
    });
    await host.start();
    expect(await host.readiness()).toEqual({
      ready: false,
      workers: { throws: notReady('readiness_failed'), hangs: notReady('readiness_timeout') },
    });
    await host.stop('test');
  });

  it('refuses two workers of the same name', () => {
    expect(() => createHost({ logger, workers: [probe('a', []), probe('a', [])] })).toThrow(/two workers/);
  });
});

describe('runHost', () => {
  it('exits 1 when a worker cannot start, after stopping the others', async () => {
    const log: string[] = [];
    const proc = fakeProcess();
    const running = runHost({
      logger,
      process: proc,
      workers: [probe('a', log), probe('http', log, { startFails: true })],
    });
    expect(await running.exited).toBe(1);
    expect(proc.exitCode).toBe(1);
    expect(log).toEqual(['start a', 'start http', 'stop a']);
  });

  it('exits 0 on SIGTERM once every worker stopped cleanly', async () => {
    const log: string[] = [];
    const proc = fakeProcess();
    let started = false;
    const running = runHost({
      logger,
      process: proc,
      workers: [probe('a', log), probe('b', log)],
      onStarted: () => {
        started = true;
      },
    });
    await expect.poll(() => started).toBe(true);
    proc.emit('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(log).toEqual(['start a', 'start b', 'stop b', 'stop a']);
  });

  it('exits 1 when a running worker fails', async () => {
    const log: string[] = [];
    const proc = fakeProcess();
    const b = probe('b', log);
    const running = runHost({ logger, process: proc, workers: [probe('a', log), b] });
    await expect.poll(() => b.context).toBeDefined();
    b.context?.fail(new Error('consumer crashed'));
    expect(await running.exited).toBe(1);
    expect(log).toEqual(['start a', 'start b', 'stop b', 'stop a']);
  });

  it('exits 1 on SIGTERM when a worker does not stop within the deadline, and ends the process anyway', async () => {
    const proc = fakeProcess();
    const a = probe('a', [], { stopHangs: true });
    const running = runHost({ logger, process: proc, stopDeadlineMs: 20, exitGraceMs: 10, workers: [a] });
    await expect.poll(() => a.context).toBeDefined();
    proc.emit('SIGINT');
    expect(await running.exited).toBe(1);
    await expect.poll(() => proc.exits).toEqual([1]);
  });
});
