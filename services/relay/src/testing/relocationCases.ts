import { randomUUID } from 'node:crypto';
import { createCommandHandler } from '@relocation/application';
import type { CommandHandler } from '@relocation/application';
import type { Command } from '@relocation/domain';
import { fakeSeal, fixedClock, happyPath, sampleProviders } from '@relocation/domain/testing';
import type { EventStore } from '@relocation/event-store';

/** The application's real command handler on a store, with the domain's fake sealer and a fixed clock. */
export function testCommandHandler(store: EventStore): CommandHandler {
  const clock = fixedClock();
  return createCommandHandler({
    store,
    sealerFor: async (relocationId) => (field, value) => fakeSeal(relocationId, field, value),
    providers: sampleProviders,
    clock: () => new Date(clock.now()),
    newId: randomUUID,
  });
}

/** The domain fixtures' happy path (with one decline) for a new case id. */
export function happyPathFor(relocationId: string): Command[] {
  return happyPath().map((command) => ({ ...command, relocationId, commandId: randomUUID() }) as Command);
}

/** Runs the happy path for a new case through the handler and returns the case id. */
export async function runHappyPath(handler: CommandHandler): Promise<string> {
  const relocationId = randomUUID();
  for (const command of happyPathFor(relocationId)) await handler.handle(command);
  return relocationId;
}

const personalKeys = new Set([
  'name',
  'personalIdentityNumber',
  'phone',
  'address',
  'documentReference',
  'recommendation',
  'policeCaseReference',
  'reason',
  'notes',
]);

/**
 * Every personal value in the commands: names, personnummer (also in its other common forms), phone numbers,
 * addresses, references and free texts. A test fails if any of them shows up in a Kafka message.
 */
export function personalValuesOf(commands: readonly Command[]): string[] {
  const values = new Set<string>();
  const walk = (value: unknown, key: string | undefined): void => {
    if (typeof value === 'string') {
      if (key !== undefined && personalKeys.has(key)) values.add(value);
      if (key === 'personalIdentityNumber' && /^\d{12}$/.test(value)) {
        values.add(`${value.slice(0, 8)}-${value.slice(8)}`);
        values.add(`${value.slice(2, 8)}-${value.slice(8)}`);
        values.add(value.slice(2));
      }
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) walk(child, childKey);
    }
  };
  for (const command of commands) walk(command.payload, undefined);
  return [...values];
}
