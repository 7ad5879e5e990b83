import { dataClasses, visibilityMatrix, type DataClass, type Participation } from '@relocation/domain';

/** What one party may see of a case: the data classes the need-to-know matrix grants its participation. */
export interface View {
  readonly participation: Participation;
  readonly classes: ReadonlySet<DataClass>;
  sees(dataClass: DataClass): boolean;
}

/**
 * The one place where the need-to-know matrix (docs/design.md §5, the domain's `visibilityMatrix`) becomes a view:
 * every redaction in this package asks the view, never the participation directly. Denied unless listed.
 */
export function viewFor(participation: Participation): View {
  const classes = new Set(
    dataClasses.filter((dataClass) => visibilityMatrix[dataClass].includes(participation)),
  );
  return { participation, classes, sees: (dataClass) => classes.has(dataClass) };
}
