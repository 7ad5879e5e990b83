import type { Role } from '@relocation/access';

/** A caller as a token describes it. */
export interface Party {
  readonly sub: string;
  readonly org: string;
  readonly roles: readonly Role[];
}

/**
 * The parties of the test case: Stockholm (0180, police region stockholm) sends; Uppsala (0380) is proposed first
 * and declines; Umeå (2480, police region nord) is proposed next and accepts; Malmö (1280) has nothing to do with it.
 * Inside a municipality only assigned handlers and supervisors see a case: anna initiates (so handles it); in the
 * proposed municipalities the supervisor assigns the caseworker (dora, rolf) when the proposal arrives.
 */
export const parties = {
  sendingCaseworker: { sub: 'anna', org: 'municipality:0180', roles: ['caseworker'] },
  sendingSupervisor: { sub: 'berit', org: 'municipality:0180', roles: ['supervisor'] },
  /** A caseworker of the sending municipality nobody assigned to the case. */
  sendingColleague: { sub: 'carl', org: 'municipality:0180', roles: ['caseworker'] },
  receiving: { sub: 'rolf', org: 'municipality:2480', roles: ['caseworker'] },
  receivingSupervisor: { sub: 'rut', org: 'municipality:2480', roles: ['supervisor'] },
  declining: { sub: 'dora', org: 'municipality:0380', roles: ['caseworker'] },
  decliningSupervisor: { sub: 'dag', org: 'municipality:0380', roles: ['supervisor'] },
  police: { sub: 'kim', org: 'police:stockholm', roles: ['police'] },
  receivingPolice: { sub: 'nils', org: 'police:nord', roles: ['police'] },
  otherPolice: { sub: 'sara', org: 'police:syd', roles: ['police'] },
  coordinator: { sub: 'cora', org: 'coordinator:national', roles: ['coordinator'] },
  /** The national coordinator's researcher: the published statistics only, never a case. */
  researcher: { sub: 'rita', org: 'coordinator:national', roles: ['researcher'] },
  auditor: { sub: 'ada', org: 'audit:national', roles: ['auditor'] },
  /** The provider register's administrator: works on no case. */
  administrator: { sub: 'alex', org: 'coordinator:national', roles: ['administrator'] },
  unrelated: { sub: 'ulf', org: 'municipality:1280', roles: ['caseworker'] },
} as const satisfies Record<string, Party>;
