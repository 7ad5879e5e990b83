import type { PublishedStatistics, PublishedTable, StatisticsQueries } from '@relocation/read-models';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, errorResponses } from '../../errors/errorBodySchema.ts';
import { noteCaseRead } from '../../security/caseReads.ts';
import { exportCsv, exportParquet } from './statisticsExport.ts';
import {
  exportBodySchema,
  exportQuerySchema,
  publishedStatisticsSchema,
  publishedTableSchema,
  statisticsQuerySchema,
  statisticsTableParamsSchema,
} from './statisticsSchemas.ts';
import { requireStatisticsReader } from './requireStatisticsReader.ts';

export interface StatisticsRoutesOptions {
  readonly statistics: StatisticsQueries;
}

const errors = errorResponses(...authenticatedErrors, 403);

/** Only the chosen years; the numbers are those suppressed over all years together. */
function yearsBetween(statistics: PublishedStatistics, from?: string, to?: string): PublishedStatistics {
  const keep = (year: string) => (from === undefined || year >= from) && (to === undefined || year <= to);
  const rows = statistics.years.flatMap((year, r) => (keep(year) ? [r] : []));
  return {
    ...statistics,
    years: rows.map((r) => statistics.years[r] ?? ''),
    tables: statistics.tables.map((table) => ({
      ...table,
      rows: rows.map((r) => table.rows[r] ?? ''),
      cells: rows.map((r) => table.cells[r] ?? []),
      rowTotals: rows.map((r) => table.rowTotals[r] ?? null),
    })),
    stages: statistics.stages.filter((stage) => keep(stage.year)),
  };
}

/** The response body: the same numbers in plain arrays. */
const tableBody = (table: PublishedTable) => ({
  name: table.name,
  rows: [...table.rows],
  columns: [...table.columns],
  cells: table.cells.map((row) => [...row]),
  rowTotals: [...table.rowTotals],
  columnTotals: [...table.columnTotals],
  total: table.total,
});

/**
 * The published statistics (issue 15) for the national coordinator's office. Register inside the authenticated
 * /v1 scope. Every number is suppressed by the publication rule (docs/statistics.md); exports go to the access log.
 */
export const statisticsRoutes: FastifyPluginAsyncZod<StatisticsRoutesOptions> = async (app, options) => {
  const { statistics } = options;

  app.get(
    '/v1/statistics',
    {
      schema: {
        tags: ['statistics'],
        summary:
          'Every statistics table (households per year and county, police region, urgency, threat level, ' +
          'household, route, housing type, declines, transfers, ending) and the time per stage, counts under k withheld ' +
          '(coordinator and researcher only)',
        security: [{ bearer: [] }],
        querystring: statisticsQuerySchema,
        response: { 200: publishedStatisticsSchema, ...errors },
      },
    },
    async (request) => {
      requireStatisticsReader(request);
      const published = yearsBetween(
        await statistics.published(),
        request.query.fromYear,
        request.query.toYear,
      );
      return {
        minimumHouseholds: published.minimumHouseholds,
        years: [...published.years],
        tables: published.tables.map(tableBody),
        stages: [...published.stages],
      };
    },
  );

  app.get(
    '/v1/statistics/tables/:table',
    {
      schema: {
        tags: ['statistics'],
        summary: 'One statistics table, counts under k withheld (coordinator and researcher only)',
        security: [{ bearer: [] }],
        params: statisticsTableParamsSchema,
        querystring: statisticsQuerySchema,
        response: { 200: publishedTableSchema, ...errors },
      },
    },
    async (request) => {
      requireStatisticsReader(request);
      const published = yearsBetween(
        await statistics.published(),
        request.query.fromYear,
        request.query.toYear,
      );
      const table = published.tables.find((t) => t.name === request.params.table);
      if (table === undefined)
        throw new Error(`the statistics always hold the table ${request.params.table}`);
      return tableBody(table);
    },
  );

  app.get(
    '/v1/statistics/export',
    {
      schema: {
        tags: ['statistics'],
        summary:
          'Export for research: one table, all tables or the stage times as CSV or Parquet (docs/statistics.md ' +
          'is the data dictionary); recorded in the access log (coordinator and researcher only)',
        security: [{ bearer: [] }],
        querystring: exportQuerySchema,
        response: { 200: exportBodySchema, ...errors },
      },
    },
    async (request, reply) => {
      requireStatisticsReader(request);
      const { format, table } = request.query;
      const published = await statistics.published();
      const name = `statistics-${table}.${format}`;
      // No case is read: the entry names what left, so the auditor sees every export.
      noteCaseRead(request, `statistics/${table}.${format}`, 'statisticsExport');
      const body =
        format === 'csv'
          ? Buffer.from(exportCsv(published, table), 'utf8')
          : Buffer.from(await exportParquet(published, table));
      return (
        reply
          .header(
            'content-type',
            format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.apache.parquet',
          )
          .header('content-disposition', `attachment; filename="${name}"`)
          // A Buffer is sent as it is (Fastify serialises no Buffer); the schema only documents the body as a file.
          .send(body as unknown as string)
      );
    },
  );
};
