import type { Participation } from './participation.ts';

export const dataClasses = [
  'workflow',
  'identity',
  'pseudonym',
  'householdAndNeeds',
  'threatDetails',
  'threatLevelAndConstraints',
  'threatLevel',
  'receptionPlan',
  'receivingMunicipality',
  'accessLog',
] as const;
export type DataClass = (typeof dataClasses)[number];

/**
 * The need-to-know matrix of docs/design.md §5 as data: who sees each class of data. Anything not listed is denied.
 * Receiving municipalities see identity only once they have accepted; before that they see household and needs
 * without identity. The coordinator sees a pseudonym, never the identity, and of the threat only its level.
 * `participationOf` already folds consent in, so a party the consent does not cover is `none` and sees nothing.
 */
export const visibilityMatrix: Readonly<Record<DataClass, readonly Participation[]>> = {
  workflow: ['sending', 'proposedReceiving', 'acceptedReceiving', 'receiving', 'police', 'coordinator'],
  identity: ['sending', 'acceptedReceiving', 'receiving', 'police'],
  pseudonym: ['sending', 'proposedReceiving', 'acceptedReceiving', 'receiving', 'police', 'coordinator'],
  householdAndNeeds: [
    'sending',
    'proposedReceiving',
    'acceptedReceiving',
    'receiving',
    'police',
    'coordinator',
  ],
  threatDetails: ['sending', 'police'],
  threatLevelAndConstraints: ['sending', 'proposedReceiving', 'acceptedReceiving', 'receiving', 'police'],
  threatLevel: ['sending', 'proposedReceiving', 'acceptedReceiving', 'receiving', 'police', 'coordinator'],
  receptionPlan: ['acceptedReceiving', 'receiving', 'police'],
  receivingMunicipality: ['sending', 'acceptedReceiving', 'receiving', 'police', 'coordinator'],
  accessLog: ['auditor'],
};

export function canSee(participation: Participation, dataClass: DataClass): boolean {
  return visibilityMatrix[dataClass].includes(participation);
}
