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

export type { Context, Span } from '@opentelemetry/api';

const TRACER = 'relocation';

/** The tracer every instrumented part uses; a no-op until `startTracing` (`@relocation/tracing/sdk`) or a test registers a provider. */
export const tracer = (): Tracer => trace.getTracer(TRACER);

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
