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
 * A municipality that took over the case (`responsible`) sees what the receiving one sees; a municipality asked to
 * take it over (`transferCounterparty`) sees the case and the person it must judge, not where the person lives.
 */
export const visibilityMatrix: Readonly<Record<DataClass, readonly Participation[]>> = {
  workflow: [
    'sending',
    'proposedReceiving',
    'acceptedReceiving',
    'receiving',
    'responsible',
    'transferCounterparty',
    'police',
    'coordinator',
  ],
  identity: ['sending', 'acceptedReceiving', 'receiving', 'responsible', 'transferCounterparty', 'police'],
  pseudonym: [
    'sending',
    'proposedReceiving',
    'acceptedReceiving',
    'receiving',
    'responsible',
    'transferCounterparty',
    'police',
    'coordinator',
  ],
  householdAndNeeds: [
    'sending',
    'proposedReceiving',
    'acceptedReceiving',
    'receiving',
    'responsible',
    'transferCounterparty',
    'police',
    'coordinator',
  ],
  threatDetails: ['sending', 'police'],
  threatLevelAndConstraints: [
    'sending',
    'proposedReceiving',
    'acceptedReceiving',
    'receiving',
    'responsible',
    'transferCounterparty',
    'police',
  ],
  threatLevel: [
    'sending',
    'proposedReceiving',
    'acceptedReceiving',
    'receiving',
    'responsible',
    'transferCounterparty',
    'police',
    'coordinator',
  ],
  receptionPlan: ['acceptedReceiving', 'receiving', 'responsible', 'police'],
  receivingMunicipality: [
    'sending',
    'acceptedReceiving',
    'receiving',
    'responsible',
    'police',
    'coordinator',
  ],
  accessLog: ['auditor'],
};

export function canSee(participation: Participation, dataClass: DataClass): boolean {
  return visibilityMatrix[dataClass].includes(participation);
}
