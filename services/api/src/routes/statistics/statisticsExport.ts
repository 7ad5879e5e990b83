import type { PublishedStatistics, StatisticsDimension } from '@relocation/read-models';

/** What an export holds: one table, every table (`all`), or the stage times (`stages`). */
export type ExportSubject = StatisticsDimension | 'all' | 'stages';
export type ExportFormat = 'csv' | 'parquet';

/** One published count in long form (docs/statistics.md): `total` stands for a margin. */
export interface CountRow {
  readonly table: string;
  readonly year: string;
  readonly category: string;
  readonly households: number | null;
  readonly withheld: boolean;
}

export interface StageRow {
  readonly year: string;
  readonly stage: string;
  readonly households: number | null;
  readonly medianSeconds: number | null;
  readonly p90Seconds: number | null;
  readonly withheld: boolean;
}

/** The counts of the chosen tables, cells first, then each year's total, each category's total and the total. */
export function countRows(statistics: PublishedStatistics, subject: StatisticsDimension | 'all'): CountRow[] {
  return statistics.tables
    .filter((table) => subject === 'all' || table.name === subject)
    .flatMap((table) => {
      const row = (year: string, category: string, households: number | null): CountRow => ({
        table: table.name,
        year,
        category,
        households,
        withheld: households === null,
      });
      return [
        ...table.rows.flatMap((year, r) =>
          table.columns.map((category, c) => row(year, category, table.cells[r]?.[c] ?? null)),
        ),
        ...table.rows.map((year, r) => row(year, 'total', table.rowTotals[r] ?? null)),
        ...table.columns.map((category, c) => row('total', category, table.columnTotals[c] ?? null)),
        row('total', 'total', table.total),
      ];
    });
}

export function stageRows(statistics: PublishedStatistics): StageRow[] {
  return statistics.stages.map((stage) => ({ ...stage, withheld: stage.households === null }));
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. Withheld counts are empty. */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  return [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function exportCsv(statistics: PublishedStatistics, subject: ExportSubject): string {
  if (subject === 'stages') {
    return csv(
      ['year', 'stage', 'households', 'median_seconds', 'p90_seconds', 'withheld'],
      stageRows(statistics).map((r) => [
        r.year,
        r.stage,
        r.households,
        r.medianSeconds,
        r.p90Seconds,
        r.withheld,
      ]),
    );
  }
  return csv(
    ['table', 'year', 'category', 'households', 'withheld'],
    countRows(statistics, subject).map((r) => [r.table, r.year, r.category, r.households, r.withheld]),
  );
}

/** Loaded on the first Parquet export: the writer is not part of the engine's start. */
export async function exportParquet(
  statistics: PublishedStatistics,
  subject: ExportSubject,
): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const kvMetadata = [{ key: 'minimum_households', value: String(statistics.minimumHouseholds) }];
  if (subject === 'stages') {
    const rows = stageRows(statistics);
    return new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: 'year', data: rows.map((r) => r.year), type: 'STRING', nullable: false },
          { name: 'stage', data: rows.map((r) => r.stage), type: 'STRING', nullable: false },
          { name: 'households', data: rows.map((r) => r.households), type: 'INT32' },
          { name: 'median_seconds', data: rows.map((r) => r.medianSeconds), type: 'DOUBLE' },
          { name: 'p90_seconds', data: rows.map((r) => r.p90Seconds), type: 'DOUBLE' },
          { name: 'withheld', data: rows.map((r) => r.withheld), type: 'BOOLEAN', nullable: false },
        ],
        kvMetadata,
      }),
    );
  }
  const rows = countRows(statistics, subject);
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: 'table', data: rows.map((r) => r.table), type: 'STRING', nullable: false },
        { name: 'year', data: rows.map((r) => r.year), type: 'STRING', nullable: false },
        { name: 'category', data: rows.map((r) => r.category), type: 'STRING', nullable: false },
        { name: 'households', data: rows.map((r) => r.households), type: 'INT32' },
        { name: 'withheld', data: rows.map((r) => r.withheld), type: 'BOOLEAN', nullable: false },
      ],
      kvMetadata,
    }),
  );
}
