import { randomUUID } from 'node:crypto';
import { createProviderRegister } from '@relocation/application';
import { PROVIDER_REGISTER_STREAM, type ProviderUnit } from '@relocation/domain';
import { createPgliteEventStore } from '@relocation/event-store-postgres';
import { describe, expect, it } from 'vitest';

const skyddat: ProviderUnit = {
  id: 'provider-skyddat-norr',
  name: 'Skyddat boende Norr AB',
  operator: 'Skyddat Norr AB',
  premisesMunicipality: '2480',
  serviceType: 'protectedHousing',
  permits: [{ status: 'granted', from: '2025-01-01', to: '2027-12-31' }],
};
const hvb: ProviderUnit = {
  id: 'hvb-lulea',
  name: 'HVB Luleå',
  operator: 'Omsorg Norr',
  premisesMunicipality: '2580',
  serviceType: 'hvb',
  permits: [{ status: 'appliedMayOperate', from: '2026-01-01' }],
};

describe('the provider register on PGlite', () => {
  it('survives a restart: the file is not recorded again and a change is kept', async () => {
    const store = await createPgliteEventStore({ dataDir: 'memory://', schema: 'provider_register_test' });
    try {
      const clock = () => new Date('2026-11-02T09:00:00Z');
      const first = createProviderRegister({ store, clock, newId: randomUUID });
      expect(await first.loadFile([skyddat, hvb])).toEqual({ recorded: 2, unchanged: 0 });
      await first.record(
        { ...hvb, permits: [{ status: 'revoked', from: '2026-01-01' }] },
        {
          recordedBy: { organisationId: 'coordinator:national', subject: 'alex' },
        },
      );
      const second = createProviderRegister({ store, clock, newId: randomUUID });
      expect(await second.loadFile([skyddat, hvb])).toEqual({ recorded: 0, unchanged: 2 });
      expect((await second.get('hvb-lulea'))?.unit.permits).toEqual([
        { status: 'revoked', from: '2026-01-01' },
      ]);
      expect((await store.verify({ streamPrefix: PROVIDER_REGISTER_STREAM })).ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
