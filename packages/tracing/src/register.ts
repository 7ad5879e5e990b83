// Preloaded with `node --import` before a service's entry (the images and `start:prod` do so with the bundled
// dist/tracing.js): starts tracing when the OTEL_* variables ask for it, and flushes the buffered spans before the
// process ends. Does nothing otherwise.
import { startTracing } from './sdk.ts';

const running = startTracing(process.env.OTEL_SERVICE_NAME?.trim() || 'relocation');
if (running !== undefined) {
  let flushed = false;
  const flush = (): void => {
    if (flushed) return;
    flushed = true;
    void running.shutdown();
  };
  process.once('beforeExit', flush);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.prependOnceListener(signal, flush);
}
