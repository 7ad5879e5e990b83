import { once } from 'node:events';
import { createServer } from 'node:http';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createHost } from './host.ts';
import { serverWorker } from './serverWorker.ts';

const logger = pino({ level: 'silent' });
const answer = () => createServer((_request, response) => response.end('ok'));

describe('serverWorker', () => {
  it('listens on start, answers, and releases the port on stop', async () => {
    const worker = serverWorker('health', answer(), 0, '127.0.0.1');
    const host = createHost({ logger, workers: [worker] });
    await host.start();
    expect((await host.readiness()).ready).toBe(true);
    const port = worker.port();
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
    expect(await host.stop('test')).toMatchObject({ clean: true });
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('cannot start on a port already taken', async () => {
    const blocker = answer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const host = createHost({ logger, workers: [serverWorker('health', answer(), port, '127.0.0.1')] });
      await expect(host.start()).rejects.toThrow(/health could not start: .*EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });
});
