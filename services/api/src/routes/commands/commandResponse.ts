import type { CommandResult } from '@relocation/application';
import { statuses } from '@relocation/domain';
import { z } from 'zod';

/**
 * What a command answers: the case's new revision (send it back as If-Match), the feed position to wait for on
 * reads (?minPosition=), and the workflow state it is in now. Nothing else: the case itself is read over the
 * query routes, redacted for the caller.
 */
export const commandResponseSchema = z
  .object({
    relocationId: z.uuid(),
    revision: z.number().int().min(0),
    position: z
      .string()
      .regex(/^\d+$/)
      .describe('Global feed position of the last event, as a decimal string'),
    status: z.enum(statuses).describe('The workflow state of the case after the command'),
    renewedRelocationId: z
      .uuid()
      .optional()
      .describe('After RecordLocationCompromised: the linked case that relocates the household again'),
  })
  .meta({ id: 'CommandAnswer' });

export type CommandResponse = z.infer<typeof commandResponseSchema>;

export const toCommandResponse = (result: CommandResult): CommandResponse => ({
  relocationId: result.relocationId,
  revision: result.revision,
  position: result.position.toString(),
  status: result.state.status,
  ...(result.state.renewedRelocationId === null
    ? {}
    : { renewedRelocationId: result.state.renewedRelocationId }),
});
