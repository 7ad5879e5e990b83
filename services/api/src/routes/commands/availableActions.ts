import type { Principal } from '@relocation/access';
import { availableCommands, commandPayloadSchemas, commandTypes } from '@relocation/domain';
import type { CommandType, RelocationState } from '@relocation/domain';
import { jsonValueSchema, type JsonValue } from '@relocation/read-models';
import { z } from 'zod';
import { caseUserOf } from '../../security/caseAccess.ts';
import { commandRouteTable } from './commandRouteTable.ts';

/** One command the caller may take on the case now: where to send it and the JSON Schema of its body. */
export const availableActionSchema = z
  .object({
    command: z.enum(commandTypes).describe('The command type (the OpenAPI operationId of its route)'),
    method: z.literal('POST'),
    path: z.string().describe('Where to send it, the case id filled in, e.g. /v1/relocations/<id>/consent'),
    inputSchema: z
      .record(z.string(), jsonValueSchema)
      .describe('JSON Schema (draft 2020-12) of the request body, from the domain’s payload schema'),
  })
  .meta({ id: 'AvailableAction' });

export type AvailableAction = z.infer<typeof availableActionSchema>;

const routeOf = new Map<CommandType, string>(commandRouteTable.map((route) => [route.type, route.action]));

/** The JSON Schema of each command's body, computed once. */
const inputSchemas = new Map<CommandType, Record<string, JsonValue>>(
  commandRouteTable.map((route) => [
    route.type,
    // A JSON Schema is JSON: the cast only narrows zod's JSONSchema type to what it is.
    z.toJSONSchema(commandPayloadSchemas[route.type], { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      JsonValue
    >,
  ]),
);

/**
 * The actions the caller may take on the case now: the domain's `availableCommands` (permissions, handler rule,
 * consent, workflow state) restricted to the commands the API takes over HTTP (the monitor's and erasure are not).
 */
export function availableActionsFor(
  state: RelocationState,
  principal: Principal,
  relocationId: string,
): AvailableAction[] {
  const user = caseUserOf(principal);
  if (user === undefined) return [];
  return availableCommands(state, user).flatMap((type) => {
    const action = routeOf.get(type);
    const inputSchema = inputSchemas.get(type);
    if (action === undefined || inputSchema === undefined) return [];
    const path = action === '' ? '/v1/relocations' : `/v1/relocations/${relocationId}/${action}`;
    return [{ command: type, method: 'POST' as const, path, inputSchema }];
  });
}
