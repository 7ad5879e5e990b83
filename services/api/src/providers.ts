import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { providerUnitSchema, type ProviderUnit } from '@relocation/domain';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/**
 * The providers file (PROVIDERS_FILE), loaded into the provider register at start (docs/providers.md). JSON: a
 * list of units, each with its permit periods. CSV: one row per permit period, with the unit's columns repeated
 * (`id,name,operator,premisesMunicipality,serviceType,status,from,to`; `to` empty for an open period).
 */

/** The fictional sample used in development when PROVIDERS_FILE is not set. */
export const sampleProvidersFile = fileURLToPath(new URL('../config/providers.sample.json', import.meta.url));

const csvColumns = [
  'id',
  'name',
  'operator',
  'premisesMunicipality',
  'serviceType',
  'status',
  'from',
  'to',
] as const;
const csvRowSchema = z.object(Object.fromEntries(csvColumns.map((column) => [column, z.string()]))).strict();
const unitColumns = ['name', 'operator', 'premisesMunicipality', 'serviceType'] as const;

/** The units of a CSV text, or the problems found (row numbers count the header as row 1). */
function unitsOfCsv(text: string): { units: unknown[]; problems: string[] } {
  let rows: unknown[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as unknown[];
  } catch (error) {
    return { units: [], problems: [`not CSV: ${(error as Error).message}`] };
  }
  const units = new Map<string, { unit: Record<string, unknown>; permits: unknown[] }>();
  const problems: string[] = [];
  rows.forEach((raw, index) => {
    const row = csvRowSchema.safeParse(raw);
    if (!row.success) {
      problems.push(`row ${index + 2}: the columns are ${csvColumns.join(',')}`);
      return;
    }
    const { id, status, from, to } = row.data;
    const permit = { status, from, ...(to === '' ? {} : { to }) };
    const known = units.get(id!);
    if (known === undefined) {
      const unit = Object.fromEntries([
        ['id', id],
        ...unitColumns.map((column) => [column, row.data[column]]),
      ]);
      units.set(id!, { unit, permits: [permit] });
      return;
    }
    const differs = unitColumns.filter((column) => known.unit[column] !== row.data[column]);
    if (differs.length > 0)
      problems.push(`row ${index + 2}: ${differs.join(', ')} differ from ${id}'s first row`);
    known.permits.push(permit);
  });
  return { units: [...units.values()].map(({ unit, permits }) => ({ ...unit, permits })), problems };
}

/** Reads and checks the providers file: every unit valid, no id twice. Throws with every problem found. */
export async function loadProvidersFile(file: string): Promise<ProviderUnit[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`PROVIDERS_FILE ${file} could not be read`, { cause: error });
  }
  let candidates: unknown[];
  const problems: string[] = [];
  if (extname(file).toLowerCase() === '.csv') {
    const read = unitsOfCsv(text);
    candidates = read.units;
    problems.push(...read.problems);
  } else {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`PROVIDERS_FILE ${file} could not be read as JSON`, { cause: error });
    }
    if (!Array.isArray(json)) throw new Error(`PROVIDERS_FILE ${file} is not a list of units`);
    candidates = json;
  }
  const units: ProviderUnit[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, index) => {
    const parsed = providerUnitSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(
          `unit ${index + 1}${issue.path.length > 0 ? `.${issue.path.join('.')}` : ''}: ${issue.message}`,
        );
      }
      return;
    }
    if (seen.has(parsed.data.id)) problems.push(`unit ${index + 1}: the id ${parsed.data.id} appears twice`);
    seen.add(parsed.data.id);
    units.push(parsed.data);
  });
  if (problems.length > 0) {
    throw new Error(`PROVIDERS_FILE ${file} is not a list of units: ${problems.join('; ')}`);
  }
  return units;
}
