import { describe, expect, it } from 'vitest';
import { providerPermittedOn } from '../decide/decideContext.ts';
import {
  administratorChangeNeedsRecording,
  evolveRegisterEntry,
  fileUnitNeedsRecording,
  type ProviderUnitRecorded,
} from './providerRegister.ts';
import {
  filterUnits,
  providerOfUnit,
  providerUnitSchema,
  unitMayOperateOn,
  type ProviderUnit,
} from './providerUnit.ts';

const unit = (overrides: Partial<ProviderUnit> = {}): ProviderUnit => ({
  id: 'skyddet-nord',
  name: 'Skyddet Nord',
  operator: 'Skyddet AB',
  premisesMunicipality: '2480',
  serviceType: 'protectedHousing',
  permits: [
    { status: 'appliedMayOperate', from: '2025-01-01', to: '2025-06-30' },
    { status: 'granted', from: '2025-07-01', to: '2026-12-31' },
    { status: 'revoked', from: '2027-01-01' },
  ],
  ...overrides,
});

describe('a unit of the provider register', () => {
  it('may operate while its application is pending, under its permit, and not once revoked or before', () => {
    const u = unit();
    expect(unitMayOperateOn(u, '2024-12-31')).toBe(false);
    expect(unitMayOperateOn(u, '2025-01-01')).toBe(true);
    expect(unitMayOperateOn(u, '2026-12-31')).toBe(true);
    expect(unitMayOperateOn(u, '2027-01-01')).toBe(false);
    expect(unitMayOperateOn(u, '2040-01-01')).toBe(false);
  });

  it('a municipal unit notified to IVO may operate from the notification, open-ended', () => {
    const u = unit({
      operator: 'Umeå kommun',
      permits: [{ status: 'municipalNotified', from: '2026-03-01' }],
    });
    expect(unitMayOperateOn(u, '2026-02-28')).toBe(false);
    expect(unitMayOperateOn(u, '2031-01-01')).toBe(true);
  });

  it('is what decide checks: the periods in which it may operate', () => {
    const provider = providerOfUnit(unit());
    expect(provider).toMatchObject({ municipalityCode: '2480' });
    expect(provider.permits).toEqual([
      { validFrom: '2025-01-01', validTo: '2025-06-30', status: 'appliedMayOperate' },
      { validFrom: '2025-07-01', validTo: '2026-12-31', status: 'granted' },
      { validFrom: '2027-01-01', validTo: '9999-12-31', status: 'revoked' },
    ]);
    for (const date of ['2024-12-31', '2025-03-01', '2026-06-01', '2027-06-01', '2040-01-01']) {
      expect(providerPermittedOn([provider], 'skyddet-nord', date)).toBe(unitMayOperateOn(unit(), date));
    }
    const municipal = providerOfUnit(
      unit({ permits: [{ status: 'municipalNotified', from: '2026-03-01' }] }),
    );
    expect(providerPermittedOn([municipal], 'skyddet-nord', '2026-02-28')).toBe(false);
    expect(providerPermittedOn([municipal], 'skyddet-nord', '2030-01-01')).toBe(true);
  });

  it('refuses overlapping periods, an unknown municipality, a bad id and unknown fields', () => {
    const overlapping = unit({
      permits: [
        { status: 'granted', from: '2025-01-01' },
        { status: 'revoked', from: '2026-01-01' },
      ],
    });
    expect(providerUnitSchema.safeParse(overlapping).success).toBe(false);
    expect(providerUnitSchema.safeParse(unit({ premisesMunicipality: '9999' })).success).toBe(false);
    expect(providerUnitSchema.safeParse(unit({ id: 'Has Spaces' })).success).toBe(false);
    expect(providerUnitSchema.safeParse({ ...unit(), address: 'Storgatan 1' }).success).toBe(false);
    expect(providerUnitSchema.safeParse(unit()).success).toBe(true);
  });

  it('filters by municipality, county, service type and the date it must be able to operate', () => {
    const units = [
      unit(),
      unit({ id: 'hvb-lulea', name: 'HVB Luleå', premisesMunicipality: '2580', serviceType: 'hvb' }),
      unit({
        id: 'stod-sthlm',
        name: 'Stöd Stockholm',
        premisesMunicipality: '0180',
        serviceType: 'supportedHousing',
      }),
    ];
    const ids = (filter: Parameters<typeof filterUnits>[1]) => filterUnits(units, filter).map((u) => u.id);
    expect(ids({})).toEqual(['hvb-lulea', 'skyddet-nord', 'stod-sthlm']);
    expect(ids({ municipality: '2480' })).toEqual(['skyddet-nord']);
    expect(ids({ county: '25' })).toEqual(['hvb-lulea']);
    expect(ids({ county: '24', serviceType: 'hvb' })).toEqual([]);
    expect(ids({ operatingOn: '2027-02-01' })).toEqual([]);
    expect(ids({ operatingOn: '2026-02-01', serviceType: 'supportedHousing' })).toEqual(['stod-sthlm']);
  });
});

describe('the register history', () => {
  const recorded = (u: ProviderUnit, source: ProviderUnitRecorded['source']): ProviderUnitRecorded => ({
    unit: u,
    source,
    recordedBy:
      source === 'file'
        ? { organisationId: 'system', subject: 'providers-file' }
        : { organisationId: 'coordinator:national', subject: 'admin-1' },
    occurredAt: '2026-11-01T08:00:00.000Z',
  });

  it('records a file unit when absent or when the file changed, not to undo an administrator', () => {
    const fromFile = unit();
    expect(fileUnitNeedsRecording(undefined, fromFile)).toBe(true);
    const loaded = evolveRegisterEntry(undefined, recorded(fromFile, 'file'), 0);
    expect(fileUnitNeedsRecording(loaded, { ...fromFile })).toBe(false);

    const revoked = unit({ permits: [{ status: 'revoked', from: '2025-01-01' }] });
    const changed = evolveRegisterEntry(loaded, recorded(revoked, 'administrator'), 1);
    expect(changed.unit).toEqual(revoked);
    expect(changed.revision).toBe(1);
    expect(fileUnitNeedsRecording(changed, fromFile)).toBe(false);
    expect(fileUnitNeedsRecording(changed, unit({ name: 'Skyddet Nord (renamed in the file)' }))).toBe(true);
  });

  it('an administrator saving the same unit changes nothing; key order does not matter', () => {
    const entry = evolveRegisterEntry(undefined, recorded(unit(), 'administrator'), 0);
    const reordered = Object.fromEntries(Object.entries(unit()).reverse()) as unknown as ProviderUnit;
    expect(Object.keys(reordered)[0]).toBe('permits');
    expect(administratorChangeNeedsRecording(entry, reordered)).toBe(false);
    expect(administratorChangeNeedsRecording(entry, unit({ serviceType: 'hvb' }))).toBe(true);
  });
});
