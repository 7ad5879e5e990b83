import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDirectory, apiEntry, startEngine } from './demo/engine.ts';

// The real composition root (main.ts) in a child process on embedded PGlite: how the runtime host starts and
// stops the engine's workers. Slow on a first start (PGlite initialises its data directory).
describe('the API process', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'relocation-main-e2e-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('exits non-zero within 5 s of finding its port taken, stopping every worker it started', async () => {
    const blocker: Server = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', apiEntry], {
        cwd: apiDirectory,
        env: {
          ...process.env,
          EVENT_STORE: 'pglite',
          DATA_DIR: join(dataDir, 'port-taken'),
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          // A retention job with a short poll: its timer is what kept the process alive before.
          RETENTION_POLL_MS: '200',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      let failedAt: number | undefined;
      const keep = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (failedAt === undefined && output.includes('worker could not start')) failedAt = Date.now();
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      const [code] = (await once(child, 'exit')) as [number | null];
      const exitedAt = Date.now();
      expect(code, output).not.toBe(0);
      expect(code, output).not.toBeNull();
      expect(failedAt, output).toBeDefined();
      expect(exitedAt - (failedAt ?? 0), output).toBeLessThan(5_000);
      expect(output).toContain('"worker":"http"');
      expect(output).toContain('EADDRINUSE');
      // Every worker that started was stopped, in reverse order, the database last.
      const stopped = JSON.parse(
        output.split('\n').find((line) => line.includes('"msg":"stopped"')) ?? '{}',
      ) as { clean?: boolean };
      expect(stopped.clean, output).toBe(true);
    } finally {
      blocker.close();
    }
  });

  it('reports every worker on /readyz and exits 0 on SIGTERM once they stopped', async () => {
    const engine = await startEngine({ EVENT_STORE: 'pglite', DATA_DIR: join(dataDir, 'sigterm') }, 240_000);
    try {
      const body = (await (await fetch(`${engine.baseUrl}/readyz`)).json()) as {
        ready: boolean;
        workers: Record<string, { ready: boolean }>;
      };
      expect(body.ready).toBe(true);
      expect(Object.keys(body.workers)).toEqual([
        'database',
        'projector',
        'deadline-monitor',
        'retention',
        'checkpoint-publisher',
        'case-change-feed',
        'http',
      ]);
      expect(Object.values(body.workers).every((worker) => worker.ready)).toBe(true);
    } finally {
      const began = Date.now();
      const code = await engine.stop();
      expect(code, engine.output()).toBe(0);
      expect(Date.now() - began).toBeLessThan(5_000);
    }
  });
});
