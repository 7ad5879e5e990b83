import {
  Alert,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderQuery } from '../api/api.ts';
import type { ProviderUnit } from '../api/types.ts';
import { HeaderRow } from '../components/HeaderRow.tsx';
import { useConsole } from '../consoleContext.ts';
import { municipalityName } from '../format.ts';
import { useAsync } from '../useAsync.ts';

const serviceTypes = ['protectedHousing', 'hvb', 'supportedHousing'] as const;

/** The provider register for those who plan placements: units, their service and permit periods, filtered. */
export function Providers() {
  const { t } = useTranslation();
  const { api, reference } = useConsole();
  const countyId = useId();
  const typeId = useId();
  const [filters, setFilters] = useState<ProviderQuery>({});
  const units = useAsync(() => api.providers(filters), [filters.county, filters.serviceType]);

  const period = (p: ProviderUnit['permits'][number]) =>
    p.to === undefined
      ? t('providers.period', { status: t(`enum.${p.status}`), from: p.from })
      : t('providers.periodTo', { status: t(`enum.${p.status}`), from: p.from, to: p.to });

  return (
    <section aria-labelledby="providers-heading">
      <Heading level={1} data-size="lg" id="providers-heading">
        {t('providers.heading')}
      </Heading>
      <Paragraph>{t('providers.intro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('filters.legend')}</Fieldset.Legend>
        <Field>
          <Label htmlFor={countyId}>{t('field.county')}</Label>
          <Select
            id={countyId}
            value={filters.county ?? ''}
            onChange={(event) => setFilters({ ...filters, county: event.target.value || undefined })}
          >
            <Select.Option value="">{t('providers.allCounties')}</Select.Option>
            {(reference?.counties ?? []).map((county) => (
              <Select.Option key={county.code} value={county.code}>
                {county.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={typeId}>{t('providers.serviceType')}</Label>
          <Select
            id={typeId}
            value={filters.serviceType ?? ''}
            onChange={(event) =>
              setFilters({
                ...filters,
                serviceType: (event.target.value || undefined) as ProviderQuery['serviceType'],
              })
            }
          >
            <Select.Option value="">{t('providers.allServiceTypes')}</Select.Option>
            {serviceTypes.map((type) => (
              <Select.Option key={type} value={type}>
                {t(`enum.${type}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </Fieldset>
      {units.error === undefined ? null : <Alert data-color="danger">{t('error.load')}</Alert>}
      {units.data === undefined && units.error === undefined ? (
        <Spinner aria-label={t('app.loading')} />
      ) : null}
      {units.data !== undefined && units.data.length === 0 ? (
        <Paragraph>{t('providers.empty')}</Paragraph>
      ) : null}
      {units.data !== undefined && units.data.length > 0 ? (
        <Table data-testid="providers-table" className="wide-table">
          <caption>{t('providers.caption')}</caption>
          <HeaderRow
            labels={[
              t('providers.name'),
              t('providers.operator'),
              t('providers.municipality'),
              t('providers.serviceType'),
              t('providers.today'),
              t('providers.permits'),
            ]}
          />
          <Table.Body>
            {units.data.map((unit) => (
              <Table.Row key={unit.id} data-unit={unit.id}>
                <Table.Cell>{unit.name}</Table.Cell>
                <Table.Cell>{unit.operator}</Table.Cell>
                <Table.Cell>{municipalityName(reference, unit.premisesMunicipality)}</Table.Cell>
                <Table.Cell>{t(`enum.${unit.serviceType}`)}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={unit.mayOperateToday ? 'success' : 'danger'}>
                    {unit.mayOperateToday ? t('providers.yes') : t('providers.no')}
                  </Tag>
                </Table.Cell>
                <Table.Cell>
                  <ul className="plain-list">
                    {unit.permits.map((p) => (
                      <li key={p.from}>{period(p)}</li>
                    ))}
                  </ul>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
    </section>
  );
}
