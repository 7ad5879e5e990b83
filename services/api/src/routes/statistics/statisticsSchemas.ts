import { measuredStages, statisticsDimensionNames } from '@relocation/read-models';
import { z } from 'zod';

const year = z.string().regex(/^\d{4}$/, { error: 'a year has four digits, e.g. 2026' });
const count = z
  .number()
  .int()
  .nullable()
  .describe('households; null when withheld (fewer than k, or could reveal one)');

/** Which years of the published statistics to return; the suppression is the same whatever is asked. */
export const statisticsQuerySchema = z
  .object({
    fromYear: year.optional(),
    toYear: year.optional(),
  })
  .strict()
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    error: 'fromYear is after toYear',
    path: ['toYear'],
  });

export const statisticsTableNameSchema = z.enum(statisticsDimensionNames);

export const statisticsTableParamsSchema = z.object({ table: statisticsTableNameSchema }).strict();

export const exportQuerySchema = z
  .object({
    format: z.enum(['csv', 'parquet']),
    table: z.enum([...statisticsDimensionNames, 'all', 'stages']).default('all'),
  })
  .strict();

export const publishedTableSchema = z
  .object({
    name: statisticsTableNameSchema,
    rows: z.array(z.string()).describe('years of initiation'),
    columns: z.array(z.string()).describe('the categories of the dimension'),
    cells: z.array(z.array(count)),
    rowTotals: z.array(count),
    columnTotals: z.array(count),
    total: count,
  })
  .meta({ id: 'StatisticsTable' });

export const publishedStageSchema = z
  .object({
    year,
    stage: z.enum(measuredStages),
    households: count,
    medianSeconds: z.number().nullable(),
    p90Seconds: z.number().nullable(),
  })
  .meta({ id: 'StatisticsStage' });

export const publishedStatisticsSchema = z
  .object({
    minimumHouseholds: z.number().int().describe('k: no published count is between 1 and k-1'),
    years: z.array(z.string()),
    tables: z.array(publishedTableSchema),
    stages: z.array(publishedStageSchema),
  })
  .meta({ id: 'Statistics' });

export const exportBodySchema = z
  .string()
  .describe('text/csv, or application/vnd.apache.parquet; the columns are described in docs/statistics.md');
