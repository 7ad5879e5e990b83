// @relocation/api/testing: helpers other packages' tests reuse (the console's browser tests, say).
export { startOidcProvider } from './oidcProvider.ts';
export type { OidcProviderOptions, OidcUser, RunningOidcProvider } from './oidcProvider.ts';
export { devPeople } from '../console/devPeople.ts';
export type { DevPerson } from '../console/devPeople.ts';
