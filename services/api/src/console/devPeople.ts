import type { Role } from '@relocation/access';
import { findMunicipality } from '@relocation/domain';
import { parties } from '../testing/parties.ts';

/** A sample person of the development sign-in page (AUTH_MODE=dev only): who they are and what their token holds. */
export interface DevPerson {
  readonly id: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly role: Role;
}

const municipalityName = (organisationId: string): string => {
  const code = organisationId.replace('municipality:', '');
  return `${findMunicipality(code)?.name ?? code} (${code})`;
};

const person = (
  party: { readonly sub: string; readonly org: string; readonly roles: readonly Role[] },
  displayName: string,
  organisationName?: string,
): DevPerson => {
  const role = party.roles[0];
  if (role === undefined) throw new Error(`${party.sub} has no role`);
  return {
    id: party.sub,
    displayName,
    organisationId: party.org,
    organisationName: organisationName ?? municipalityName(party.org),
    role,
  };
};

/**
 * The demo's parties (the same ids as `pnpm demo` and the tests) plus the supervisors, the police of two regions,
 * the coordinator, its researcher, the auditor and the provider register's administrator. The names are invented;
 * nothing here is a real person.
 */
export const devPeople: readonly DevPerson[] = [
  person(parties.sendingCaseworker, 'Anna Andersson'),
  person(parties.sendingSupervisor, 'Berit Bergström'),
  person(parties.sendingColleague, 'Carl Carlsson'),
  person(parties.declining, 'Dora Dahl'),
  person(parties.decliningSupervisor, 'Dag Dalin'),
  person(parties.receiving, 'Rolf Rask'),
  person(parties.receivingSupervisor, 'Rut Ramberg'),
  person(parties.unrelated, 'Ulf Urberg'),
  person(parties.police, 'Kim Kvist', 'Polisregion Stockholm'),
  person(parties.receivingPolice, 'Nils Nordin', 'Polisregion Nord'),
  person(parties.coordinator, 'Cora Cederlund', 'Nationell samordnare'),
  person(parties.researcher, 'Rita Rydén', 'Nationell samordnare (forskning)'),
  person(parties.auditor, 'Ada Alm', 'Granskning (nationell)'),
  person(parties.administrator, 'Alex Lind', 'Nationell samordnare (utförarregistret)'),
];
