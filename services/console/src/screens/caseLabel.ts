import type { TFunction } from 'i18next';
import type { CaseSummary } from '../api/types.ts';

/** How a case is named on screen: its pseudonym or the start of its id, never the person's name. */
export const caseLabel = (view: Pick<CaseSummary, 'relocationId' | 'pseudonym'>, t: TFunction): string =>
  t('case.label', { id: view.relocationId.slice(0, 8), pseudonym: view.pseudonym ?? '' }).trim();
