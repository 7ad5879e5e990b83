import { randomUUID } from 'node:crypto';
import { sampleCommands } from '@relocation/domain/testing';
import { parties } from './parties.ts';
import type { TestApi } from './testApi.ts';

/** Valid request bodies, one per command route (action -> body). */
export const bodies = {
  '': sampleCommands.initiate().payload,
  consent: sampleCommands.consentAll().payload,
  'withdraw-consent': { withdrawnOn: '2026-03-03' },
  submit: {},
  'threat-assessments': sampleCommands.assess().payload,
  'escalate-threat': {
    reason: 'Hotet har ökat enligt ny uppgift.',
    exclusionZones: [{ kind: 'county', code: '03' }],
  },
  propose: { municipalityCode: '2480' },
  accept: sampleCommands.accept().payload,
  decline: sampleCommands.decline().payload,
  'clear-destination': sampleCommands.clear().payload,
  'refuse-destination': { reason: 'Känd koppling till orten.' },
  'confirm-arrival': sampleCommands.arrive().payload,
  'follow-ups': sampleCommands.followUp(1).payload,
  close: sampleCommands.close().payload,
  suspend: { reason: 'Personen är inlagd på sjukhus.' },
  resume: { reason: 'Personen är utskriven.' },
  abort: { reason: 'Personen har flyttat på egen hand.' },
  'extend-deadline': {
    deadlineId: '00000000-0000-4000-8000-000000000000',
    dueAt: '2026-04-01T12:00:00.000Z',
    reason: 'Polisen behöver mer tid.',
  },
  handlers: { userId: 'greta' },
  'unassign-handler': { userId: parties.sendingCaseworker.sub },
} as const satisfies Record<string, unknown>;

export const stages = [
  'draft',
  'consented',
  'threatAssessment',
  'matching',
  'proposed',
  'accepted',
  'cleared',
  'arrived',
] as const;
export type Stage = (typeof stages)[number];

/**
 * A new case brought to a stage through the command handler. From `proposed` on, Uppsala (0380) has declined and
 * Umeå (2480) is the proposed, then accepted, receiving municipality.
 */
export async function caseAt(api: TestApi, stage: Stage): Promise<string> {
  const id = randomUUID();
  const steps: (() => Promise<void>)[] = [
    () => api.given(id, parties.sendingCaseworker, 'InitiateRelocation', sampleCommands.initiate().payload),
    () => api.given(id, parties.sendingCaseworker, 'RecordConsent', sampleCommands.consentAll().payload),
    () => api.given(id, parties.sendingCaseworker, 'SubmitRelocation', {}),
    () => api.given(id, parties.police, 'RecordThreatAssessment', sampleCommands.assess().payload),
    async () => {
      await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '0380' });
      await api.given(id, parties.decliningSupervisor, 'AssignHandler', { userId: parties.declining.sub });
      await api.given(id, parties.declining, 'DeclineHandover', sampleCommands.decline().payload);
      await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '2480' });
      await api.given(id, parties.receivingSupervisor, 'AssignHandler', { userId: parties.receiving.sub });
    },
    () => api.given(id, parties.receiving, 'AcceptHandover', sampleCommands.accept().payload),
    () => api.given(id, parties.police, 'GrantDestinationClearance', sampleCommands.clear().payload),
    () => api.given(id, parties.receiving, 'ConfirmArrival', sampleCommands.arrive().payload),
  ];
  for (const step of steps.slice(0, stages.indexOf(stage) + 1)) await step();
  return id;
}

export type CommandAction = keyof typeof bodies;

/** The valid body of an action for a case; extend-deadline names the case's first open deadline. */
export async function bodyFor(api: TestApi, action: CommandAction, id: string | undefined): Promise<unknown> {
  if (action !== 'extend-deadline' || id === undefined) return bodies[action];
  const deadline = (await api.state(id)).deadlines[0];
  return { ...bodies['extend-deadline'], deadlineId: deadline?.deadlineId ?? randomUUID() };
}
