import type { CommandResult } from '@relocation/application';
import { z } from 'zod';

/** What a command answers: the case's new revision, the feed position to wait for on reads, and its state. */
export const commandResponseSchema = z.object({
  relocationId: z.uuid(),
  revision: z.number().int().min(0),
  position: z.string().regex(/^\d+$/).describe('Global feed position of the last event, as a decimal string'),
  state: z
    .record(z.string(), z.unknown())
    .describe('The case as the command side sees it (no personal data)'),
});

export type CommandResponse = z.infer<typeof commandResponseSchema>;

export const toCommandResponse = (result: CommandResult): CommandResponse => ({
  relocationId: result.relocationId,
  revision: result.revision,
  position: result.position.toString(),
  state: { ...result.state },
});
