import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface RunningChild {
  readonly pid: number | undefined;
  /** What the process wrote to stdout and stderr so far (the last 64 KiB). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs` (default 15 s); resolves with the exit code (null when killed). */
  stop(graceMs?: number): Promise<number | null>;
}

export interface StartChildOptions {
  /** A TypeScript entry point, run as `node --import tsx <entry>`, or a compiled one (`compiled`). */
  readonly entry: string;
  /** The entry is compiled JavaScript (a bundle in dist/): run by plain node, without tsx. */
  readonly compiled?: boolean;
  /** The working directory; `tsx` must resolve from it. */
  readonly cwd: string;
  /** Added to this process's environment. */
  readonly env: Readonly<Record<string, string>>;
  /** Polled until it answers 200 (a /readyz), or anything at all with `until: 'listening'`. */
  readonly readyUrl: string;
  /** Default 'ready'. 'listening' suits a standby instance, whose /readyz is 503 by design. */
  readonly until?: 'ready' | 'listening';
  /** How long to wait for readiness (default 180 s: a cold tsx start on a busy, shared machine). */
  readonly timeoutMs?: number;
  /** Node options before the entry (e.g. `--cpu-prof`, which NODE_OPTIONS does not take). */
  readonly nodeArgs?: readonly string[];
}

/** A TCP port that was free a moment ago (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const exited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

/**
 * Starts a service as a child process and resolves once its readiness URL answers 200 (or at all, with
 * `until: 'listening'`), polling every 100 ms for
 * at most `timeoutMs`. Rejects (after stopping the child) if it exits or does not become ready in time; the error
 * carries the tail of its output.
 */
export async function startChild(options: StartChildOptions): Promise<RunningChild> {
  const loader = options.compiled === true ? [] : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...loader, options.entry], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-65_536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // Should this process end without stopping the child (a test runner killed, say), take the child along.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      process.removeListener('exit', killOnExit);
      resolve(code);
    }),
  );

  const running: RunningChild = {
    pid: child.pid,
    output: () => output,
    async stop(graceMs = 15_000) {
      if (!exited(child)) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exit;
        clearTimeout(timer);
      }
      return exit;
    },
  };

  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    if (exited(child)) {
      throw new Error(
        `${options.entry} exited with ${String(child.exitCode)} before it was ready:\n${output}`,
      );
    }
    const status = await fetch(options.readyUrl).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200 || (options.until === 'listening' && status !== 0)) return running;
    if (Date.now() > deadline) {
      await running.stop();
      throw new Error(`${options.readyUrl} did not answer 200 in time (last ${status}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
