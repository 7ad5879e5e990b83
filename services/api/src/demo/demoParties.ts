import type { Party } from '../testing/parties.ts';
import { parties } from '../testing/parties.ts';

/**
 * The parties the demo acts and reads as, with the label it prints. In the proposed municipalities a supervisor
 * acts: a supervisor may handle any case of their municipality, while a caseworker there needs to be assigned to
 * the case first (the handler rule of data protection).
 */
export const demoParties = {
  sending: { ...parties.sendingCaseworker, label: 'sending municipality (Stockholm 0180)' },
  police: { ...parties.police, label: 'police (region Stockholm)' },
  coordinator: { ...parties.coordinator, label: 'national coordinator' },
  declining: {
    ...parties.declining,
    roles: ['supervisor'],
    label: 'first proposed municipality (Uppsala 0380)',
  },
  receiving: { ...parties.receiving, roles: ['supervisor'], label: 'receiving municipality (Umeå 2480)' },
  unrelated: { ...parties.unrelated, label: 'unrelated municipality (Malmö 1280)' },
} as const satisfies Record<string, Party & { readonly label: string }>;

export type DemoPartyName = keyof typeof demoParties;
export type DemoParty = (typeof demoParties)[DemoPartyName];
export const demoPartyNames = Object.keys(demoParties) as DemoPartyName[];
