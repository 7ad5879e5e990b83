import { randomUUID } from 'node:crypto';
import { PROVIDER_REGISTER_STREAM, type ProviderUnit } from '@relocation/domain';
import { createInMemoryEventStore, type EventStore } from '@relocation/event-store';
import { describe, expect, it } from 'vitest';
import { PreconditionFailedError } from './errors.ts';
import { createProviderRegister } from './providerRegister.ts';

const unit = (overrides: Partial<ProviderUnit> = {}): ProviderUnit => ({
  id: 'skyddet-nord',
  name: 'Skyddet Nord',
  operator: 'Skyddet AB',
  premisesMunicipality: '2480',
  serviceType: 'protectedHousing',
  permits: [{ status: 'granted', from: '2025-01-01', to: '2027-12-31' }],
  ...overrides,
});
const admin = { organisationId: 'coordinator:national', subject: 'admin-1' };

function setup(store: EventStore = createInMemoryEventStore()) {
  let tick = Date.parse('2026-11-02T08:00:00.000Z');
  const register = createProviderRegister({
    store,
    clock: () => new Date((tick += 1000)),
    newId: randomUUID,
  });
  return { store, register };
}

const eventCount = async (store: EventStore) => {
  let n = 0;
  for await (const _ of store.readStream(PROVIDER_REGISTER_STREAM)) n += 1;
  return n;
};

describe('the provider register', () => {
  it('loads the providers file once: a restart with the same file appends nothing', async () => {
    const { store, register } = setup();
    const units = [unit(), unit({ id: 'hvb-lulea', name: 'HVB Luleå', premisesMunicipality: '2580' })];
    expect(await register.loadFile(units)).toEqual({ recorded: 2, unchanged: 0 });
    const restarted = setup(store).register;
    expect(await restarted.loadFile(units)).toEqual({ recorded: 0, unchanged: 2 });
    expect(await eventCount(store)).toBe(2);
    expect((await restarted.list()).map((entry) => entry.unit.id)).toEqual(['hvb-lulea', 'skyddet-nord']);
  });

  it("keeps an administrator's change over a restart, until the file itself changes the unit", async () => {
    const { store, register } = setup();
    await register.loadFile([unit()]);
    const revoked = unit({ permits: [{ status: 'revoked', from: '2025-01-01' }] });
    const { changed, entry } = await register.record(revoked, { recordedBy: admin, ifMatch: 0 });
    expect(changed).toBe(true);
    expect(entry).toMatchObject({ revision: 1, source: 'administrator', updatedBy: admin });

    const restarted = setup(store).register;
    await restarted.loadFile([unit()]);
    expect((await restarted.get('skyddet-nord'))?.unit).toEqual(revoked);
    expect(await restarted.providers()).toEqual([
      {
        id: 'skyddet-nord',
        name: 'Skyddet Nord',
        municipalityCode: '2480',
        serviceType: 'protectedHousing',
        permits: [{ validFrom: '2025-01-01', validTo: '9999-12-31', status: 'revoked' }],
      },
    ]);

    await restarted.loadFile([unit({ operator: 'Skyddet Holding AB' })]);
    expect((await restarted.get('skyddet-nord'))?.unit.operator).toBe('Skyddet Holding AB');
    expect(
      (await restarted.history('skyddet-nord')).map((change) => [change.source, change.revision]),
    ).toEqual([
      ['file', 0],
      ['administrator', 1],
      ['file', 2],
    ]);
  });

  it('an unchanged unit appends nothing; a stale If-Match is refused and appends nothing', async () => {
    const { store, register } = setup();
    await register.record(unit(), { recordedBy: admin, ifMatch: -1 });
    expect((await register.record(unit(), { recordedBy: admin })).changed).toBe(false);
    await expect(
      register.record(unit({ name: 'Renamed' }), { recordedBy: admin, ifMatch: 5 }),
    ).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(
      register.record(unit({ id: 'new-unit' }), { recordedBy: admin, ifMatch: 0 }),
    ).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(await eventCount(store)).toBe(1);
  });

  it('callers arriving while the register is being read share the next read, begun after their calls', async () => {
    const store = createInMemoryEventStore();
    let reads = 0;
    const counted: EventStore = {
      ...store,
      readStream: (...args) => {
        reads += 1;
        return store.readStream(...args);
      },
    };
    const { register } = setup(counted);
    await register.loadFile([unit()]);
    reads = 0;
    const first = register.providers();
    const later = await Promise.all([register.providers(), register.providers(), register.providers()]);
    await first;
    // The first read, and one more begun after the three calls: a write finished before them is in it.
    expect(reads).toBe(2);
    for (const providers of later) expect(providers.map((provider) => provider.id)).toEqual(['skyddet-nord']);
  });

  it('two processes see each other’s changes; a lost race is decided again, not lost', async () => {
    const store = createInMemoryEventStore();
    const a = setup(store).register;
    const b = setup(store).register;
    await a.record(unit(), { recordedBy: admin });
    expect((await b.get('skyddet-nord'))?.revision).toBe(0);
    await Promise.all([
      a.record(unit({ id: 'unit-a', name: 'A' }), { recordedBy: admin }),
      b.record(unit({ id: 'unit-b', name: 'B' }), { recordedBy: admin }),
    ]);
    expect((await a.list()).map((entry) => entry.unit.id)).toEqual(['unit-a', 'unit-b', 'skyddet-nord']);
    expect(await eventCount(store)).toBe(3);
  });

  it('with If-Match, two administrators changing the same unit: the second is refused', async () => {
    const store = createInMemoryEventStore();
    const a = setup(store).register;
    const b = setup(store).register;
    await a.record(unit(), { recordedBy: admin });
    await b.get('skyddet-nord');
    await a.record(unit({ name: 'From A' }), { recordedBy: admin, ifMatch: 0 });
    await expect(
      b.record(unit({ name: 'From B' }), { recordedBy: admin, ifMatch: 0 }),
    ).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await b.get('skyddet-nord'))?.unit.name).toBe('From A');
  });
});
