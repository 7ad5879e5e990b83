// For tests: every span kept in memory, to assert what a whole flow records (and what it must not).
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { registerTracing } from './sdk.ts';

export interface InMemoryTracing {
  spans(): ReadableSpan[];
  shutdown(): Promise<void>;
}

export function startInMemoryTracing(serviceName = 'test'): InMemoryTracing {
  const exporter = new InMemorySpanExporter();
  const running = registerTracing(serviceName, [new SimpleSpanProcessor(exporter)]);
  return {
    spans: () => exporter.getFinishedSpans(),
    shutdown: () => running.shutdown(),
  };
}
