import { municipalities } from '../reference/municipalityRegistry.ts';
import type { RelocationState } from '../state/state.ts';
import { destinationRule } from './rules.ts';
import { workflowContextOf } from './workflowContext.ts';

/**
 * The municipalities a proposal may name now, in the registry's order: every one `destinationRule` lets through
 * (not the sending one, not in an exclusion zone of the case or of a threat assessment, not declined, not refused).
 * Empty while the person has not consented to sharing with a receiving municipality. The matching helper of the
 * console offers exactly these, so it never offers one that `decide` would refuse for where it lies.
 */
export function proposableMunicipalities(state: RelocationState): readonly string[] {
  const context = workflowContextOf(state);
  return municipalities.filter((m) => destinationRule(context, m.code) === null).map((m) => m.code);
}
