import { z } from 'zod';
import { actorSchema } from '../schemas/actor.ts';
import type { Actor } from '../schemas/actor.ts';
import { uuidSchema } from '../schemas/primitives.ts';
import { commandPayloadSchemas } from './payloads.ts';
import type { CommandPayload, CommandType } from './payloads.ts';

/**
 * A command: the payload (request body) plus what the API adds from the route and the token. `commandId` becomes
 * the causation id of every event the command produces; `correlationId` follows a whole conversation.
 */
export type CommandOf<T extends CommandType> = {
  readonly type: T;
  readonly relocationId: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly actor: Actor;
  readonly payload: CommandPayload<T>;
};

export type Command = { [T in CommandType]: CommandOf<T> }[CommandType];

function commandSchemaOf<T extends CommandType>(type: T) {
  return z
    .object({
      type: z.literal(type),
      relocationId: uuidSchema,
      commandId: uuidSchema,
      correlationId: uuidSchema,
      actor: actorSchema,
      payload: commandPayloadSchemas[type],
    })
    .strict();
}

/** Validates a whole command (used by tests and by adapters that receive commands from outside, e.g. Kafka). */
export const commandSchema = z.discriminatedUnion('type', [
  commandSchemaOf('InitiateRelocation'),
  commandSchemaOf('RecordConsent'),
  commandSchemaOf('WithdrawConsent'),
  commandSchemaOf('SubmitRelocation'),
  commandSchemaOf('RecordThreatAssessment'),
  commandSchemaOf('EscalateThreat'),
  commandSchemaOf('ProposeReceivingMunicipality'),
  commandSchemaOf('AcceptHandover'),
  commandSchemaOf('DeclineHandover'),
  commandSchemaOf('GrantDestinationClearance'),
  commandSchemaOf('RefuseDestinationClearance'),
  commandSchemaOf('ConfirmArrival'),
  commandSchemaOf('RecordFollowUp'),
  commandSchemaOf('CloseCase'),
  commandSchemaOf('SuspendCase'),
  commandSchemaOf('ResumeCase'),
  commandSchemaOf('AbortRelocation'),
  commandSchemaOf('ExtendDeadline'),
  commandSchemaOf('MarkDeadlineMissed'),
  commandSchemaOf('RaiseEscalation'),
  commandSchemaOf('AssignHandler'),
  commandSchemaOf('UnassignHandler'),
  commandSchemaOf('EraseCase'),
  commandSchemaOf('RequestTransfer'),
  commandSchemaOf('AgreeTransfer'),
  commandSchemaOf('RefuseTransfer'),
  commandSchemaOf('RecordIvoApplication'),
  commandSchemaOf('RecordIvoDecision'),
  commandSchemaOf('RecordIvoAppeal'),
  commandSchemaOf('RecordIvoDecisionFinal'),
  commandSchemaOf('RecordPersonSettled'),
  commandSchemaOf('PlaceDirectly'),
  commandSchemaOf('AcknowledgeDirectPlacement'),
  commandSchemaOf('ReassessThreat'),
  commandSchemaOf('RecordLocationCompromised'),
  commandSchemaOf('ChangeIdentity'),
  commandSchemaOf('RecordOutcome'),
  commandSchemaOf('AddHouseholdMember'),
  commandSchemaOf('RemoveHouseholdMember'),
  commandSchemaOf('RecordChildView'),
  commandSchemaOf('RecordChildImpactAssessment'),
  commandSchemaOf('RecordChildPlacementApplication'),
  commandSchemaOf('RecordChildPlacementDecision'),
  commandSchemaOf('RecordSchoolPlacement'),
]);
