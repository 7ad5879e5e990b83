import { z } from 'zod';

/**
 * How an entry of the responsibility ledger came about (docs/design.md §3.1):
 * - caseOpened: the sending municipality opens the case; it is responsible and, as far as the case knows, the
 *   municipality the person is registered in;
 * - arrival: the person arrived where the receiving municipality houses them (vistelsekommun, placing municipality);
 * - directPlacement: the responsible municipality placed the household in a unit elsewhere (docs/design.md §3.3);
 * - transferAgreed: the other municipality agreed in writing to take over the case (överflyttning);
 * - ivoDecisionFinal: IVO decided who is responsible and the decision became final;
 * - personSettled: the person registered in a new municipality;
 * - arrivalV1: version 1 of the workflow moved responsibility on arrival; kept as what it was;
 * - renewedRelocation: a renewed relocation (docs/design.md §3.4) opened where the household lives, its vistelsekommun.
 */
export const ledgerSources = [
  'caseOpened',
  'arrival',
  'directPlacement',
  'transferAgreed',
  'ivoDecisionFinal',
  'personSettled',
  'arrivalV1',
  'renewedRelocation',
] as const;
export const ledgerSourceSchema = z.enum(ledgerSources);

/** A ledger entry as an event carries it (a renewed relocation takes the old case's over). */
export const ledgerEntrySchema = z
  .object({
    municipalityCode: z.string().regex(/^\d{4}$/),
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: z.enum(ledgerSources),
  })
  .strict();
export type LedgerSource = z.infer<typeof ledgerSourceSchema>;

/** Sources that move responsibility for the case from one municipality to another. */
export const transferSources = ['transferAgreed', 'ivoDecisionFinal', 'personSettled', 'arrivalV1'] as const;
export const transferSourceSchema = z.enum(transferSources);
export type TransferSource = z.infer<typeof transferSourceSchema>;

/** One dated entry of the ledger: which municipality, from which date, and why. */
export interface LedgerEntry {
  readonly municipalityCode: string;
  readonly since: string;
  readonly source: LedgerSource;
}

/** Who pays for what from when, agreed between the municipalities (with a transfer of the case). */
export interface CostAgreement {
  readonly payerMunicipalityCode: string;
  readonly since: string;
  readonly source: LedgerSource;
}

/**
 * Who is responsible at every moment. `responsible` holds the case (exactly one municipality once a case is
 * opened); `bosattningskommun` is where the person is registered; `vistelsekommun` where the person stays;
 * `placingMunicipality` pays for a placement (protected housing, a directly placed unit).
 */
export interface ResponsibilityLedger {
  readonly responsible: LedgerEntry | null;
  readonly bosattningskommun: LedgerEntry | null;
  readonly vistelsekommun: LedgerEntry | null;
  readonly placingMunicipality: LedgerEntry | null;
  readonly costAgreement: CostAgreement | null;
}

export const emptyLedger: ResponsibilityLedger = {
  responsible: null,
  bosattningskommun: null,
  vistelsekommun: null,
  placingMunicipality: null,
  costAgreement: null,
};

/**
 * Where a transfer of the case stands (docs/design.md §3.1): requested, then agreed (responsibility moves on
 * `effectiveFrom`) or refused; after a refusal or a month without answer the requester may apply to IVO, whose
 * decision may be appealed until `appealUntil`; responsibility moves when the decision is final.
 */
export const transferStages = [
  'requested',
  'agreed',
  'refused',
  'ivoApplied',
  'ivoDecided',
  'ivoAppealed',
] as const;
export const transferStageSchema = z.enum(transferStages);
export type TransferStage = z.infer<typeof transferStageSchema>;
