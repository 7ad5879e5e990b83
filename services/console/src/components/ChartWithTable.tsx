import { Details, Table } from '@digdir/designsystemet-react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';

export interface Series {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

interface ChartWithTableProps {
  readonly title: string;
  /** A null figure (withheld by the statistics' publication rule) draws no bar and reads "withheld" in the table. */
  readonly rows: readonly Record<string, string | number | null>[];
  /** The row field naming each bar group. */
  readonly category: string;
  readonly categoryLabel: string;
  readonly series: readonly Series[];
}

/**
 * A bar chart for sighted users and, behind it, the same figures as a table: the chart is hidden from assistive
 * technology (it would read as a list of shapes), the table is what a screen reader announces.
 */
export function ChartWithTable({ title, rows, category, categoryLabel, series }: ChartWithTableProps) {
  const { t } = useTranslation();
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart__canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={rows as Record<string, string | number | null>[]} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey={category} interval={0} angle={-25} textAnchor="end" height={70} fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip />
            <Legend />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Details>
        <Details.Summary>{t('chart.showTable', { title })}</Details.Summary>
        <Details.Content>
          <Table>
            <caption>{title}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{categoryLabel}</Table.HeaderCell>
                {series.map((s) => (
                  <Table.HeaderCell key={s.key}>{s.label}</Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row, index) => (
                <Table.Row key={index}>
                  <Table.HeaderCell scope="row">{row[category]}</Table.HeaderCell>
                  {series.map((s) => (
                    <Table.Cell key={s.key}>{row[s.key] ?? t('chart.withheld')}</Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Details.Content>
      </Details>
    </figure>
  );
}
