import { z } from 'zod';
import { isoInstantSchema } from '../schemas/primitives.ts';
import { providerUnitSchema, type ProviderUnit } from './providerUnit.ts';

/**
 * The register's history: one stream (`provider-register`), one `ProviderUnitRecorded` event per change of a unit,
 * holding the whole unit as it became, who changed it and from where. Folding it gives each unit and the last
 * version the providers file set, so that a restart with an unchanged file does not undo an administrator's change.
 * One stream keeps catching up a single indexed read; changes are rare, so one writer at a time is no limit.
 */

export const PROVIDER_REGISTER_STREAM = 'provider-register';
export const PROVIDER_UNIT_RECORDED = 'ProviderUnitRecorded';

export const providerChangeSources = ['file', 'administrator'] as const;
export type ProviderChangeSource = (typeof providerChangeSources)[number];

export const providerUnitRecordedSchema = z
  .object({
    unit: providerUnitSchema,
    source: z.enum(providerChangeSources),
    /** The organisation and staff subject of an administrator's change; `system` for the providers file. */
    recordedBy: z.object({ organisationId: z.string().min(1), subject: z.string().min(1) }).strict(),
    occurredAt: isoInstantSchema,
  })
  .strict();
export type ProviderUnitRecorded = z.infer<typeof providerUnitRecordedSchema>;

export interface RegisterEntry {
  readonly unit: ProviderUnit;
  /** Revision of the register stream at the unit's last change (0-based): the unit's version for `If-Match`. */
  readonly revision: number;
  readonly updatedAt: string;
  readonly updatedBy: ProviderUnitRecorded['recordedBy'];
  readonly source: ProviderChangeSource;
  /** The unit as the providers file last set it. */
  readonly lastFromFile?: ProviderUnit;
}

export function evolveRegisterEntry(
  entry: RegisterEntry | undefined,
  event: ProviderUnitRecorded,
  revision: number,
): RegisterEntry {
  const lastFromFile = event.source === 'file' ? event.unit : entry?.lastFromFile;
  return {
    unit: event.unit,
    revision,
    updatedAt: event.occurredAt,
    updatedBy: event.recordedBy,
    source: event.source,
    ...(lastFromFile === undefined ? {} : { lastFromFile }),
  };
}

/** Key-order independent comparison of two units. */
export function sameUnit(a: ProviderUnit, b: ProviderUnit): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether a unit from the providers file is recorded at start: when the register lacks it, or when the file's
 * version differs from the one the file last set (the file changed). An administrator's later change survives a
 * restart with the same file.
 */
export function fileUnitNeedsRecording(entry: RegisterEntry | undefined, fromFile: ProviderUnit): boolean {
  if (entry === undefined) return true;
  if (entry.lastFromFile === undefined) return !sameUnit(entry.unit, fromFile);
  return !sameUnit(entry.lastFromFile, fromFile);
}

/** Whether an administrator's version changes anything (an unchanged unit appends nothing). */
export function administratorChangeNeedsRecording(
  entry: RegisterEntry | undefined,
  unit: ProviderUnit,
): boolean {
  return entry === undefined || !sameUnit(entry.unit, unit);
}
