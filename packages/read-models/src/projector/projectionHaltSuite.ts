import { fixedClock, historyTo } from '@relocation/domain/testing';
import type { SqlEventStore } from '@relocation/event-store-postgres';
import type { SqlDriver } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { expect, it } from 'vitest';
import { createReadModels } from '../createReadModels.ts';
import { insertUnprojectableEvent, recordCase } from '../testing/index.ts';
import { ProjectionHaltedError } from './projectionHalt.ts';

const clock = fixedClock('2026-03-02T09:00:00.000Z');

/**
 * A projector fed an event it cannot project (stored below the store API) stops at it instead of retrying for
 * ever, stores the halt so that every readiness check names the event (id, type, position, never its content),
 * and a rebuild fails naming the same event.
 */
export function projectionHaltSuite(driver: () => SqlDriver, store: () => SqlEventStore): void {
  it('stops at an event it cannot project, names it, and keeps what came before', async () => {
    const readModels = createReadModels({
      driver: driver(),
      schema: uniqueSchemaName('rm'),
      store: store(),
      clock: () => new Date(clock.now()),
      batchSize: 50,
    });
    await readModels.migrate();
    const good = recordCase(store(), clock);
    await good.run(historyTo.threatAssessment());
    const poison = await insertUnprojectableEvent(store(), good.relocationId, good.state.revision + 1);
    const later = recordCase(store(), clock);
    await later.run(historyTo.threatAssessment());

    const errors: unknown[] = [];
    const halts: unknown[] = [];
    const projector = readModels.startProjector(undefined, {
      pollIntervalMs: 10,
      onError: (error) => errors.push(error),
      onHalt: (halt) => halts.push(halt),
    });
    // The loop ends by itself: that is the point.
    await projector.done;
    const expected = {
      eventId: poison.eventId,
      type: 'HandlerAssigned',
      position: poison.position,
      reason: 'SQLSTATE 22P05',
    };
    expect(projector.halted()).toMatchObject(expected);
    expect(halts).toEqual([projector.halted()]);
    expect(await readModels.halted()).toMatchObject(expected);
    expect(JSON.stringify(await readModels.halted())).not.toContain('a\\u0000b');
    // Every event before the poison one is projected; nothing after it.
    expect((await readModels.queries.getCase(good.relocationId))?.state.status).toBe('threatAssessment');
    expect(await readModels.queries.getCase(later.relocationId)).toBeUndefined();
    expect(await readModels.caughtUp()).toBe(false);
    // It did not loop: one failed batch of 50, one failed batch of 1.
    expect(errors).toHaveLength(2);

    await expect(readModels.rebuild()).rejects.toMatchObject({
      name: ProjectionHaltedError.name,
      halt: expected,
    });
    await readModels.close();
  });
}
