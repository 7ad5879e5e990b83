import { commandSchema, parseInstant, stockholmTimeZone, wallClockAt } from '@relocation/domain';
import type { Command } from '@relocation/domain';
import type { DeadLetterReason, ThreatAssessmentMessage } from '@relocation/kafka';

export type CommandFromMessage =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly reason: DeadLetterReason };

/**
 * The RecordThreatAssessment command for a verified police message. The message id (`jti`) is the command id and
 * the correlation id, so a redelivered message is the same command; the actor is the signed `sub` (the assessing
 * officer) and `org` (the police region) with the police role: it comes from the verified signature only. `validUntil` becomes the date it falls on in Sweden.
 * A message the command schema refuses (a recommendation longer than the domain allows, say) gives a dead-letter
 * reason naming the paths, never the values.
 */
export function threatAssessmentCommand(message: ThreatAssessmentMessage): CommandFromMessage {
  const validUntil = wallClockAt(parseInstant(message.validUntil), stockholmTimeZone).date;
  const parsed = commandSchema.safeParse({
    type: 'RecordThreatAssessment',
    relocationId: message.relocationId,
    commandId: message.jti,
    correlationId: message.jti,
    actor: { userId: message.sub, organisationId: message.org, role: 'police' },
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
