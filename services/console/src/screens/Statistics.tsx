import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { paths } from '@relocation/api-client';
import { useTranslation } from 'react-i18next';
import { ChartWithTable } from '../components/ChartWithTable.tsx';
import { useConsole } from '../consoleContext.ts';
import { countyName } from '../format.ts';
import { useAsync } from '../useAsync.ts';

type Statistics = paths['/v1/statistics']['get']['responses']['200']['content']['application/json'];
type Table = Statistics['tables'][number];

const days = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 86_400) * 10) / 10);

function tableNamed(statistics: Statistics, name: Table['name']): Table | undefined {
  return statistics.tables.find((table) => table.name === name);
}

/**
 * The published national statistics (coordinator and researcher): households per year, time per stage, how cases
 * end and households per county, each chart with its table for screen readers. Withheld counts (fewer than k
 * households, or able to reveal one) read "withheld".
 */
export default function StatisticsScreen() {
  const { t } = useTranslation();
  const { api, reference } = useConsole();
  const statistics = useAsync(() => api.statistics(), []);
  const [exportFailed, setExportFailed] = useState(false);
  const download = async (format: 'csv' | 'parquet') => {
    setExportFailed(false);
    try {
      const url = URL.createObjectURL(await api.exportStatistics(format));
      const link = document.createElement('a');
      link.href = url;
      link.download = `statistics-all.${format}`;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      setExportFailed(true);
    }
  };

  if (statistics.data === undefined) {
    return statistics.error === undefined ? (
      <Spinner aria-label={t('app.loading')} />
    ) : (
      <Alert data-color="danger">{t('error.load')}</Alert>
    );
  }
  const data = statistics.data;
  const latest = data.years.at(-1);
  const perYear = tableNamed(data, 'county');
  const ending = tableNamed(data, 'ending');
  const relocation = tableNamed(data, 'relocation');
  const county = tableNamed(data, 'county');
  const counties =
    county === undefined
      ? []
      : county.columns
          .map((code, c) => ({ code, households: county.columnTotals[c] ?? null }))
          .filter((row) => row.households !== 0)
          .sort((a, b) => (b.households ?? -1) - (a.households ?? -1));

  return (
    <section>
      <Heading level={1} data-size="lg">
        {t('statistics.heading')}
      </Heading>
      <Paragraph>{t('statistics.intro', { k: data.minimumHouseholds })}</Paragraph>
      <div className="wizard-buttons">
        <Button variant="secondary" onClick={() => void download('csv')}>
          {t('statistics.download', { format: 'CSV' })}
        </Button>
        <Button variant="secondary" onClick={() => void download('parquet')}>
          {t('statistics.download', { format: 'Parquet' })}
        </Button>
      </div>
      <Paragraph data-size="sm">{t('statistics.downloadLogged')}</Paragraph>
      {exportFailed ? <Alert data-color="danger">{t('statistics.downloadFailed')}</Alert> : null}
      {data.years.length === 0 ? (
        <Paragraph>{t('statistics.empty')}</Paragraph>
      ) : (
        <div className="charts">
          <ChartWithTable
            title={t('statistics.chart.perYear')}
            category="year"
            categoryLabel={t('statistics.year')}
            rows={data.years.map((year, r) => ({ year, households: perYear?.rowTotals[r] ?? null }))}
            series={[{ key: 'households', label: t('statistics.households'), color: '#1e5aa8' }]}
          />
          <ChartWithTable
            title={t('statistics.chart.stages', { year: latest })}
            category="stage"
            categoryLabel={t('inbox.state')}
            rows={data.stages
              .filter((stage) => stage.year === latest)
              .map((stage) => ({
                stage: t(`status.${stage.stage}`),
                median: days(stage.medianSeconds),
                p90: days(stage.p90Seconds),
              }))}
            series={[
              { key: 'median', label: t('coordinator.chart.median'), color: '#1e5aa8' },
              { key: 'p90', label: t('coordinator.chart.p90'), color: '#6b4fa0' },
            ]}
          />
          {ending === undefined ? null : (
            <ChartWithTable
              title={t('statistics.chart.endings')}
              category="ending"
              categoryLabel={t('statistics.ending')}
              rows={ending.columns.map((name, c) => ({
                ending: t(`statistics.endings.${name}`),
                households: ending.columnTotals[c] ?? null,
              }))}
              series={[{ key: 'households', label: t('statistics.households'), color: '#1e5aa8' }]}
            />
          )}
          {(['outcome6', 'outcome12'] as const).map((name) => {
            const outcomes = tableNamed(data, name);
            return outcomes === undefined ? null : (
              <ChartWithTable
                key={name}
                title={t(`statistics.chart.${name}`)}
                category="outcome"
                categoryLabel={t('statistics.outcome')}
                rows={outcomes.columns.map((category, c) => ({
                  outcome: t(`statistics.outcomes.${category}`),
                  households: outcomes.columnTotals[c] ?? null,
                }))}
                series={[{ key: 'households', label: t('statistics.households'), color: '#1e5aa8' }]}
              />
            );
          })}
          {relocation === undefined ? null : (
            <ChartWithTable
              title={t('statistics.chart.relocation')}
              category="relocation"
              categoryLabel={t('statistics.relocationNumber')}
              rows={relocation.columns.map((number, c) => ({
                relocation: t(`statistics.relocations.${number as '1' | '2' | '3+'}`),
                households: relocation.columnTotals[c] ?? null,
              }))}
              series={[{ key: 'households', label: t('statistics.households'), color: '#1e5aa8' }]}
            />
          )}
          <ChartWithTable
            title={t('statistics.chart.counties')}
            category="county"
            categoryLabel={t('field.county')}
            rows={counties.map((row) => ({
              county: row.code === 'unknown' ? t('statistics.unknown') : countyName(reference, row.code),
              households: row.households,
            }))}
            series={[{ key: 'households', label: t('statistics.households'), color: '#1e5aa8' }]}
          />
        </div>
      )}
    </section>
  );
}
