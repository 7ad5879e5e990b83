import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, createServiceLogger } from './logger.ts';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('createLogger', () => {
  it('writes JSON lines with the service name and censors tokens and bodies', () => {
    const out = sink();
    const logger = createLogger({ service: 'api', destination: out.stream });
    logger.info({ authorization: 'Bearer secret', body: { name: 'Anna' }, relocationId: 'r1' }, 'hello');
    const line = JSON.parse(out.text()) as Record<string, unknown>;
    expect(line).toMatchObject({ service: 'api', msg: 'hello', relocationId: 'r1' });
    expect(line.authorization).toBe('[redacted]');
    expect(out.text()).not.toContain('secret');
    expect(out.text()).not.toContain('Anna');
  });

  it('writes human-readable lines when asked to (a terminal), still censored', async () => {
    const out = sink();
    const logger = await createServiceLogger({ pretty: true, destination: out.stream });
    logger.warn({ authorization: 'Bearer secret' }, 'careful');
    expect(out.text()).toContain('careful');
    expect(out.text()).toContain('WARN');
    expect(out.text()).not.toContain('secret');
    expect(() => JSON.parse(out.text()) as unknown).toThrow();
  });
});
