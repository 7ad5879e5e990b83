import { commandSchema, parseInstant, stockholmTimeZone, wallClockAt } from '@relocation/domain';
import type { Command } from '@relocation/domain';
import type { DeadLetterReason, ThreatAssessmentMessage } from '@relocation/kafka';

export type CommandFromMessage =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly reason: DeadLetterReason };

/**
 * The RecordThreatAssessment command for a police message. The message id is the command id and the correlation
 * id, so a redelivered message is the same command; the actor is the assessing officer with the police role (the
 * message comes from the police system's service identity). `validUntil` becomes the date it falls on in Sweden.
 * A message the command schema refuses (a recommendation longer than the domain allows, say) gives a dead-letter
 * reason naming the paths, never the values.
 */
export function threatAssessmentCommand(message: ThreatAssessmentMessage): CommandFromMessage {
  const validUntil = wallClockAt(parseInstant(message.validUntil), stockholmTimeZone).date;
  const parsed = commandSchema.safeParse({
    type: 'RecordThreatAssessment',
    relocationId: message.relocationId,
    commandId: message.messageId,
    correlationId: message.messageId,
    actor: {
      userId: message.assessedBy.userId,
      organisationId: message.assessedBy.organisationId,
      role: 'police',
    },
    payload: {
      level: message.level,
      validUntil,
      exclusionZones: message.extraExclusionZones,
      recommendation: message.recommendation,
      policeCaseReference: message.policeCaseReference,
    },
  });
  if (parsed.success) return { ok: true, command: parsed.data as Command };
  return {
    ok: false,
    reason: {
      code: 'invalid_command',
      message: 'the assessment does not make a valid RecordThreatAssessment command',
      details: {
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          code: issue.code,
          message: issue.message,
        })),
      },
    },
  };
}
