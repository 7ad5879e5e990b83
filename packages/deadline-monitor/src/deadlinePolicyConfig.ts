import { readFile } from 'node:fs/promises';
import {
  deadlinePolicyOverrideSchema,
  resolveDeadlinePolicy,
  type DeadlinePolicy,
  type DeadlinePolicyOverride,
} from '@relocation/domain';

/** A deadline policy setting that cannot be used; the process must not start. */
export class DeadlinePolicyConfigError extends Error {
  constructor(source: string, problems: readonly string[]) {
    super(`Invalid deadline policy in ${source}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'DeadlinePolicyConfigError';
  }
}

/**
 * Parses a policy override written as JSON: per deadline kind and urgency a duration ("2bd", "10 business days",
 * "P1M", "PT5S" or `{ kind, ... }`), and `escalation`. Unknown kinds or fields are errors, not ignored.
 */
export function parseDeadlinePolicyOverride(text: string, source: string): DeadlinePolicyOverride {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DeadlinePolicyConfigError(source, ['not valid JSON']);
  }
  const parsed = deadlinePolicyOverrideSchema.safeParse(json);
  if (!parsed.success) {
    throw new DeadlinePolicyConfigError(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

export interface DeadlinePolicySettings {
  /** An override already parsed from the environment (DEADLINE_POLICY). */
  readonly override?: DeadlinePolicyOverride;
  /** A JSON file with an override (DEADLINE_POLICY_FILE). */
  readonly file?: string;
}

/**
 * The policy to schedule deadlines with: the defaults of docs/design.md §4 with the override (from the environment or
 * the file) merged over them; undefined when neither is set (the handler then uses the defaults).
 */
export async function loadDeadlinePolicy(
  settings: DeadlinePolicySettings,
): Promise<DeadlinePolicy | undefined> {
  if (settings.override !== undefined && settings.file !== undefined) {
    throw new DeadlinePolicyConfigError('the environment', [
      'set DEADLINE_POLICY or DEADLINE_POLICY_FILE, not both',
    ]);
  }
  if (settings.override !== undefined) return resolveDeadlinePolicy(settings.override);
  if (settings.file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(settings.file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new DeadlinePolicyConfigError(settings.file, [`cannot read the file (${String(code ?? 'error')})`]);
  }
  return resolveDeadlinePolicy(parseDeadlinePolicyOverride(text, settings.file));
}
