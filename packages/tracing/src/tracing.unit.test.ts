import { SpanKind } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contextFromTraceparent,
  currentTraceparent,
  inSpan,
  recordForTraces,
  startProducerSpan,
} from './index.ts';
import { startTracing, tracingRequested } from './sdk.ts';
import { startInMemoryTracing, type InMemoryTracing } from './testing.ts';

describe('tracingRequested (the standard OTEL_* variables)', () => {
  it('is off by default and on with an OTLP endpoint or exporter', () => {
    expect(tracingRequested({})).toBe(false);
    expect(startTracing('x', {})).toBeUndefined();
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(
      true,
    );
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(
      tracingRequested({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }),
    ).toBe(false);
    expect(tracingRequested({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' })).toBe(false);
  });
});

describe('trace context across an event and a Kafka message', () => {
  let tracing: InMemoryTracing | undefined;
  afterEach(async () => {
    await tracing?.shutdown();
    tracing = undefined;
  });

  it('has no traceparent while nothing is traced', async () => {
    await inSpan('untraced', {}, async () => {
      expect(currentTraceparent()).toBeUndefined();
    });
    expect(startProducerSpan('publish', undefined, {})).toBeUndefined();
  });

  it('continues the appending trace in the projection and the publish, which hands its own context on', async () => {
    tracing = startInMemoryTracing();
    const stored = await inSpan('relocation.append', {}, async () => currentTraceparent());
    expect(stored).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const append = tracing.spans().find((s) => s.name === 'relocation.append');

    recordForTraces('relocation.project', [stored, stored, undefined], Date.now() - 5, (_tp, count) => ({
      'relocation.event.count': count,
    }));
    const projected = tracing.spans().filter((s) => s.name === 'relocation.project');
    expect(projected).toHaveLength(1);
    expect(projected[0]?.attributes['relocation.event.count']).toBe(2);
    expect(projected[0]?.parentSpanContext?.spanId).toBe(append?.spanContext().spanId);

    const producer = startProducerSpan('relocation.kafka.publish', stored, { 'messaging.system': 'kafka' });
    producer?.span.end();
    const publish = tracing.spans().find((s) => s.name === 'relocation.kafka.publish');
    expect(publish?.kind).toBe(SpanKind.PRODUCER);
    expect(publish?.spanContext().traceId).toBe(append?.spanContext().traceId);
    expect(publish?.parentSpanContext?.spanId).toBe(append?.spanContext().spanId);
    // The header names the publish span, so a consumer's spans are its children.
    expect(producer?.traceparent).toBe(
      `00-${publish?.spanContext().traceId}-${publish?.spanContext().spanId}-01`,
    );
    expect(contextFromTraceparent(producer?.traceparent)).toBeDefined();
  });
});
