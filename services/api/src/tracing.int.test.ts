import { createPgliteDriver } from '@relocation/postgres';
import { startInMemoryTracing, type InMemoryTracing } from '@relocation/tracing/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlTestApi, person, runCommandFlow } from './testing/commandFlow.ts';
import type { SqlTestApi } from './testing/commandFlow.ts';
import { bodies } from './testing/scenario.ts';

/** Every string in a request body: names, personnummer, addresses, free-text reasons. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('tracing a whole relocation (in-memory exporter)', () => {
  let tracing: InMemoryTracing;
  let app: SqlTestApi;
  beforeAll(async () => {
    tracing = startInMemoryTracing('relocation-api-test');
    app = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }));
  });
  afterAll(async () => {
    await app.close();
    await tracing.shutdown();
  });

  it('follows each command from the request through decide, append and projection, with no personal data', async () => {
    await runCommandFlow(app);
    const spans = tracing.spans();

    // The first command: its request span, and in the same trace the command, decide, append and projection.
    const request = spans.find((s) => s.name === 'POST /v1/relocations');
    expect(request, spans.map((s) => s.name).join(', ')).toBeDefined();
    const traceId = request?.spanContext().traceId;
    const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
    const byName = (name: string) => inTrace.find((s) => s.name === name);
    for (const name of ['relocation.command', 'relocation.decide', 'relocation.append']) {
      expect(byName(name), `${name} in ${inTrace.map((s) => s.name).join(', ')}`).toBeDefined();
    }
    expect(byName('relocation.command')?.parentSpanContext?.spanId).toBe(request?.spanContext().spanId);
    const append = byName('relocation.append');
    expect(byName('relocation.decide')?.parentSpanContext?.spanId).toBe(
      byName('relocation.command')?.spanContext().spanId,
    );
    await expect
      .poll(() =>
        tracing.spans().find((s) => s.name === 'relocation.project' && s.spanContext().traceId === traceId),
      )
      .toBeDefined();
    const project = tracing
      .spans()
      .find((s) => s.name === 'relocation.project' && s.spanContext().traceId === traceId);
    expect(project?.parentSpanContext?.spanId).toBe(append?.spanContext().spanId);

    // The W3C trace context is in the stored event's metadata.
    const events = (await app.store.readAll({ batchSize: 1 })).events;
    expect(events[0]?.metadata.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

    // Nothing personal anywhere in any span of the whole flow: names, attributes, events, status messages.
    const recorded = JSON.stringify(
      tracing.spans().map((s) => ({
        name: s.name,
        attributes: s.attributes,
        events: s.events,
        status: s.status,
        resource: s.resource.attributes,
      })),
    );
    const personal = [...stringsOf(person), ...stringsOf(bodies)].filter((text) => text.length >= 4);
    expect(personal).toContain(person.personalIdentityNumber);
    for (const text of personal) expect(recorded, text).not.toContain(text);
    expect(tracing.spans().length).toBeGreaterThan(40);
  });
});
