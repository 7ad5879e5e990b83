// The OpenTelemetry SDK side of @relocation/tracing: registering a tracer provider and the OTLP exporter. Kept apart
// from the span helpers (index.ts, which need only @opentelemetry/api) so that a service loads the SDK only where it
// starts tracing (register.ts, `--import`) or a test does.
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';

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
