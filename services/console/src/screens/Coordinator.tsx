import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HeaderRow } from '../components/HeaderRow.tsx';
import { ChartWithTable } from '../components/ChartWithTable.tsx';
import { RouteLink } from '../components/Layout.tsx';
import { useConsole } from '../consoleContext.ts';
import type { paths } from '@relocation/api-client';
import { countyName, formatDate, formatDateTime, municipalityName, organisationName } from '../format.ts';
import { useAsync } from '../useAsync.ts';
import { policeRegions as domainPoliceRegions } from '@relocation/domain/police-regions';
import { caseLabel } from './caseLabel.ts';

type StalledQuery = NonNullable<paths['/v1/dashboard/stalled']['get']['parameters']['query']>;
// The domain's list, checked against the dashboard's filter in the API contract.
const policeRegions: readonly NonNullable<StalledQuery['policeRegion']>[] = domainPoliceRegions;

/**
 * The national coordinator: stalled cases most severe first with the dashboard's filters, transfer and IVO matters
 * (the suggestion the API makes), and the overview charts. Proposals and deadline extensions are actions on the case.
 */
export default function Coordinator() {
  const { t, i18n } = useTranslation();
  const { api, reference } = useConsole();
  const countyId = useId();
  const regionId = useId();
  const [draft, setDraft] = useState<{
    county: string;
    policeRegion: StalledQuery['policeRegion'];
    organisation: string;
  }>({ county: '', policeRegion: undefined, organisation: '' });
  const [filters, setFilters] = useState(draft);
  const stalled = useAsync(
    () =>
      api.stalled({
        ...filters,
        county: filters.county || undefined,
        organisation: filters.organisation || undefined,
      }),
    [filters],
  );
  const overview = useAsync(() => api.overview(), []);
  const transfers = useAsync(() => api.transfers(), []);
  const households = useAsync(() => api.households(), []);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };
  const days = (seconds: number) => Math.round((seconds / 86_400) * 10) / 10;

  return (
    <section aria-labelledby="coordinator-heading">
      <Heading level={1} data-size="lg" id="coordinator-heading">
        {t('coordinator.heading')}
      </Heading>
      <Heading level={2} data-size="md">
        {t('coordinator.stalled')}
      </Heading>
      <form onSubmit={apply}>
        <Fieldset className="filters">
          <Fieldset.Legend>{t('filters.legend')}</Fieldset.Legend>
          <div className="filters__row">
            <Field>
              <Label htmlFor={countyId}>{t('field.county')}</Label>
              <Select
                id={countyId}
                value={draft.county}
                onChange={(e) => setDraft({ ...draft, county: e.target.value })}
              >
                <Select.Option value="">{t('filters.all')}</Select.Option>
                {(reference?.counties ?? []).map((c) => (
                  <Select.Option key={c.code} value={c.code}>
                    {c.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor={regionId}>{t('field.policeRegion')}</Label>
              <Select
                id={regionId}
                value={draft.policeRegion ?? ''}
                onChange={(e) =>
                  setDraft({ ...draft, policeRegion: policeRegions.find((r) => r === e.target.value) })
                }
              >
                <Select.Option value="">{t('filters.all')}</Select.Option>
                {policeRegions.map((r) => (
                  <Select.Option key={r} value={r}>
                    {t(`policeRegion.${r}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              label={t('field.organisation')}
              description={t('coordinator.organisationHelp')}
              value={draft.organisation}
              onChange={(e) => setDraft({ ...draft, organisation: e.target.value })}
            />
            <Button type="submit" variant="secondary">
              {t('filters.apply')}
            </Button>
          </div>
        </Fieldset>
      </form>
      {stalled.error === undefined ? null : <Alert data-color="danger">{t('error.load')}</Alert>}
      {stalled.data === undefined ? <Spinner aria-label={t('app.loading')} /> : null}
      {stalled.data !== undefined && stalled.data.cases.length === 0 ? (
        <Paragraph>{t('coordinator.noneStalled')}</Paragraph>
      ) : null}
      {stalled.data !== undefined && stalled.data.cases.length > 0 ? (
        <Table data-testid="stalled-table" className="wide-table">
          <HeaderRow
            labels={[
              t('inbox.case'),
              t('coordinator.severity'),
              t('inbox.state'),
              t('coordinator.waitingFor'),
              t('inbox.due'),
              t('coordinator.overdueDays'),
              t('field.responsibleMunicipality'),
              t('coordinator.matter'),
            ]}
          />
          <Table.Body>
            {stalled.data.cases.map((s) => (
              <Table.Row key={`${s.relocationId}-${String(s.deadlineId)}`}>
                <Table.Cell>
                  <RouteLink to={{ name: 'case', id: s.relocationId }}>
                    {caseLabel({ relocationId: s.relocationId }, t)}
                  </RouteLink>
                </Table.Cell>
                <Table.Cell>
                  <Tag
                    data-color={
                      (s.escalationLevel ?? 0) >= 2
                        ? 'danger'
                        : (s.escalationLevel ?? 0) === 1
                          ? 'warning'
                          : 'neutral'
                    }
                  >
                    {t('coordinator.level', { level: s.escalationLevel ?? 0 })}
                  </Tag>{' '}
                  {s.urgency ? t(`enum.${s.urgency}`) : ''}
                </Table.Cell>
                <Table.Cell>{t(`status.${s.state}`)}</Table.Cell>
                <Table.Cell>
                  {typeof s.waitingFor === 'string' ? organisationName(reference, s.waitingFor) : ''}
                </Table.Cell>
                <Table.Cell>{s.dueAt ? formatDateTime(s.dueAt, i18n.language) : ''}</Table.Cell>
                <Table.Cell>{s.businessDaysOverdue}</Table.Cell>
                <Table.Cell>{municipalityName(reference, s.responsibleMunicipality)}</Table.Cell>
                <Table.Cell>
                  {s.suggestion ? (
                    <Tag data-color="warning">{t(`coordinator.suggestion.${s.suggestion}`)}</Tag>
                  ) : (
                    ''
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}

      <Heading level={2} data-size="md" id="transfers-heading">
        {t('transfer.heading')}
      </Heading>
      {transfers.error === undefined ? null : <Alert data-color="danger">{t('error.load')}</Alert>}
      {transfers.data === undefined ? <Spinner aria-label={t('app.loading')} /> : null}
      {transfers.data !== undefined && transfers.data.transfers.length === 0 ? (
        <Paragraph>{t('transfer.none')}</Paragraph>
      ) : null}
      {transfers.data !== undefined && transfers.data.transfers.length > 0 ? (
        <Table data-testid="transfers-table" className="wide-table" aria-labelledby="transfers-heading">
          <HeaderRow
            labels={[
              t('inbox.case'),
              t('transfer.stage'),
              t('transfer.from'),
              t('transfer.to'),
              t('transfer.requestedOn'),
              t('transfer.waitingFor'),
              t('inbox.due'),
            ]}
          />
          <Table.Body>
            {transfers.data.transfers.map((matter) => (
              <Table.Row key={matter.relocationId} data-case={matter.relocationId}>
                <Table.Cell>
                  <RouteLink to={{ name: 'case', id: matter.relocationId }}>
                    {caseLabel({ relocationId: matter.relocationId }, t)}
                  </RouteLink>
                </Table.Cell>
                <Table.Cell>{t(`transfer.stages.${matter.stage}`)}</Table.Cell>
                <Table.Cell>{municipalityName(reference, matter.fromMunicipalityCode)}</Table.Cell>
                <Table.Cell>{municipalityName(reference, matter.toMunicipalityCode)}</Table.Cell>
                <Table.Cell>{formatDate(matter.requestedOn, i18n.language)}</Table.Cell>
                <Table.Cell>
                  {matter.waitingFor === null
                    ? ''
                    : `${organisationName(reference, matter.waitingFor.organisationId)} (${t(
                        `deadline.${matter.waitingFor.kind}`,
                      )})`}
                </Table.Cell>
                <Table.Cell>
                  {matter.waitingFor === null ? (
                    ''
                  ) : (
                    <>
                      {formatDateTime(matter.waitingFor.dueAt, i18n.language)}{' '}
                      {matter.waitingFor.overdue ? (
                        <Tag data-color="danger">
                          {t('coordinator.level', { level: matter.waitingFor.escalationLevel })}
                        </Tag>
                      ) : null}
                    </>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}

      <Heading level={2} data-size="md" id="households-heading">
        {t('coordinator.households.heading')}
      </Heading>
      {households.error === undefined ? null : <Alert data-color="danger">{t('error.load')}</Alert>}
      {households.data === undefined ? <Spinner aria-label={t('app.loading')} /> : null}
      {households.data === undefined ? null : (
        <>
          <Table data-testid="household-years-table" aria-labelledby="households-heading">
            <HeaderRow
              labels={[
                t('coordinator.households.year'),
                t('coordinator.households.relocations'),
                t('coordinator.households.renewed'),
                t('coordinator.households.households'),
              ]}
            />
            <Table.Body>
              {households.data.years.map((year) => (
                <Table.Row key={year.year}>
                  <Table.Cell>{year.year}</Table.Cell>
                  <Table.Cell>{year.relocations}</Table.Cell>
                  <Table.Cell>{year.renewed}</Table.Cell>
                  <Table.Cell>{year.households}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Heading level={3} data-size="sm" id="households-repeated-heading">
            {t('coordinator.households.repeated')}
          </Heading>
          {households.data.households.length === 0 ? (
            <Paragraph>{t('coordinator.households.none')}</Paragraph>
          ) : (
            <Table data-testid="households-table" aria-labelledby="households-repeated-heading">
              <HeaderRow
                labels={[
                  t('coordinator.households.household'),
                  t('coordinator.households.relocations'),
                  t('coordinator.households.cases'),
                ]}
              />
              <Table.Body>
                {households.data.households.map((household) => (
                  <Table.Row key={household.householdId} data-household={household.householdId}>
                    <Table.Cell>{household.householdId.slice(0, 8)}</Table.Cell>
                    <Table.Cell>
                      {household.byYear.map((year) => `${year.year}: ${year.relocations}`).join(', ')}
                    </Table.Cell>
                    <Table.Cell>
                      <ol className="plain-list">
                        {household.cases.map((entry) => (
                          <li key={entry.relocationId}>
                            <RouteLink to={{ name: 'case', id: entry.relocationId }}>
                              {caseLabel({ relocationId: entry.relocationId }, t)}
                            </RouteLink>{' '}
                            {formatDate(entry.initiatedAt, i18n.language)},{' '}
                            {municipalityName(reference, entry.sendingMunicipalityCode)},{' '}
                            {t(`status.${entry.status}`)}
                          </li>
                        ))}
                      </ol>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </>
      )}

      <Heading level={2} data-size="md">
        {t('coordinator.overview')}
      </Heading>
      {overview.data === undefined ? (
        overview.error === undefined ? (
          <Spinner aria-label={t('app.loading')} />
        ) : (
          <Alert data-color="danger">{t('error.load')}</Alert>
        )
      ) : (
        <div className="charts">
          <ChartWithTable
            title={t('coordinator.chart.byState')}
            category="state"
            categoryLabel={t('inbox.state')}
            rows={Object.values(
              overview.data.byState.reduce<Record<string, { state: string; cases: number; stalled: number }>>(
                (acc, row) => {
                  const key = t(`status.${row.state}`);
                  const entry = (acc[key] ??= { state: key, cases: 0, stalled: 0 });
                  entry.cases += row.cases;
                  entry.stalled += row.stalled;
                  return acc;
                },
                {},
              ),
            )}
            series={[
              { key: 'cases', label: t('coordinator.chart.cases'), color: '#1e5aa8' },
              { key: 'stalled', label: t('coordinator.chart.stalled'), color: '#b3261e' },
            ]}
          />
          <ChartWithTable
            title={t('coordinator.chart.byCounty')}
            category="county"
            categoryLabel={t('field.county')}
            rows={overview.data.openByCounty.map((row) => ({
              county: countyName(reference, row.countyCode),
              open: row.openCases,
            }))}
            series={[{ key: 'open', label: t('coordinator.chart.open'), color: '#1e5aa8' }]}
          />
          <ChartWithTable
            title={t('coordinator.chart.stages')}
            category="state"
            categoryLabel={t('inbox.state')}
            rows={overview.data.stageDurations.map((row) => ({
              state: t(`status.${row.state}`),
              median: days(row.medianSeconds),
              p90: days(row.p90Seconds),
            }))}
            series={[
              { key: 'median', label: t('coordinator.chart.median'), color: '#1e5aa8' },
              { key: 'p90', label: t('coordinator.chart.p90'), color: '#6b4fa0' },
            ]}
          />
        </div>
      )}
    </section>
  );
}
