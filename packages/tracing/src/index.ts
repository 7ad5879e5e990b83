// @relocation/tracing: OpenTelemetry traces of a command's path, from the HTTP request through decide and append to
// the projection and the Kafka publish. Off unless the standard OTEL_* variables ask for an exporter; the W3C trace
// context travels in event metadata (`traceparent`) and Kafka headers. Spans carry names, command and event types,
// routes, positions and status codes only: never a case's content, a name, a personnummer or an address.
import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';

export type { Context, Span } from '@opentelemetry/api';

const TRACER = 'relocation';

/** The tracer every instrumented part uses; a no-op until `startTracing` (or a test) registers a provider. */
export const tracer = (): Tracer => trace.getTracer(TRACER);

/**
 * Whether the environment asks for traces: `OTEL_TRACES_EXPORTER=otlp`, or an OTLP endpoint
 * (`OTEL_EXPORTER_OTLP_ENDPOINT` / `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) without `OTEL_TRACES_EXPORTER=none`;
 * never with `OTEL_SDK_DISABLED=true`.
 */
export function tracingRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (exporter === 'none') return false;
  if (exporter === 'otlp') return true;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

export interface RunningTracing {
  /** Flushes the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Registers the global tracer provider with `processors`, the AsyncLocalStorage context manager and the W3C trace
 * context propagator. Tests pass an in-memory exporter's processor; `startTracing` the OTLP exporter's.
 */
export function registerTracing(serviceName: string, processors: SpanProcessor[]): RunningTracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: processors,
  });
  provider.register({
    contextManager: new AsyncLocalStorageContextManager(),
    propagator: new W3CTraceContextPropagator(),
  });
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/**
 * Starts tracing when the environment asks for it (see `tracingRequested`): spans go in batches to the OTLP/HTTP
 * exporter, which reads its endpoint, headers, timeout and compression from the standard OTEL_EXPORTER_OTLP_*
 * variables. Returns undefined, and changes nothing, otherwise.
 */
export function startTracing(
  serviceName: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): RunningTracing | undefined {
  if (!tracingRequested(env)) return undefined;
  const name = env.OTEL_SERVICE_NAME?.trim() || serviceName;
  return registerTracing(name, [new BatchSpanProcessor(new OTLPTraceExporter())]);
}

/**
 * Runs `fn` in a new span (a child of `parent`, else of the active context), ending it when `fn` settles and
 * marking it failed, with the error's class name only (messages may quote input), when `fn` throws.
 */
export async function inSpan<T>(
  name: string,
  attributes: Attributes,
  fn: (span: Span) => Promise<T>,
  parent?: Context,
): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, parent ?? context.active(), async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The W3C `traceparent` of the active span, or undefined when nothing is being traced. */
export function currentTraceparent(active: Context = context.active()): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  return carrier.traceparent;
}

/** The context a `traceparent` (from event metadata or a Kafka header) continues; the active one without it. */
export function contextFromTraceparent(traceparent: unknown): Context {
  if (typeof traceparent !== 'string') return context.active();
  return propagation.extract(context.active(), { traceparent });
}

/** `inSpan` for synchronous work (decide is a pure function). */
export function inSpanSync<T>(name: string, attributes: Attributes, fn: (span: Span) => T): T {
  return tracer().startActiveSpan(name, { attributes }, (span) => {
    try {
      return fn(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * Records work already done for events of other traces (a projected batch, say): one span per distinct
 * `traceparent`, a child of that trace, from `startTime` to now. Events appended without tracing are skipped.
 */
export function recordForTraces(
  name: string,
  traceparents: readonly unknown[],
  startTime: number,
  attributes: (traceparent: string, count: number) => Attributes,
): void {
  const counts = new Map<string, number>();
  for (const traceparent of traceparents) {
    if (typeof traceparent === 'string') counts.set(traceparent, (counts.get(traceparent) ?? 0) + 1);
  }
  for (const [traceparent, count] of counts) {
    tracer()
      .startSpan(
        name,
        { attributes: attributes(traceparent, count), startTime },
        contextFromTraceparent(traceparent),
      )
      .end();
  }
}

/**
 * Starts a producer span continuing `traceparent` (an event's), for a message about that event; returns the span
 * and the `traceparent` to send in the message's headers, or undefined when the event was not traced. The caller
 * ends the span once the message is sent.
 */
export function startProducerSpan(
  name: string,
  traceparent: unknown,
  attributes: Attributes,
): { readonly span: Span; readonly traceparent: string | undefined } | undefined {
  if (typeof traceparent !== 'string') return undefined;
  const parent = contextFromTraceparent(traceparent);
  const span = tracer().startSpan(name, { kind: SpanKind.PRODUCER, attributes }, parent);
  return { span, traceparent: currentTraceparent(trace.setSpan(parent, span)) };
}
