import type { CommandHandler } from '@relocation/application';
import { commandPayloadSchemas } from '@relocation/domain';
import type { Command } from '@relocation/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/actorOf.ts';
import { principalOf } from '../../auth/authenticate.ts';
import { commandErrors, errorResponses } from '../../errors/errorBodySchema.ts';
import { commandHeadersSchema, etagOf } from '../../http/commandHeaders.ts';
import type { CommandHeaders } from '../../http/commandHeaders.ts';
import { commandPathOf, commandRouteTable } from './commandRouteTable.ts';
import type { CommandRoute } from './commandRouteTable.ts';
import { commandResponseSchema, toCommandResponse } from './commandResponse.ts';
import type { CommandResponse } from './commandResponse.ts';

export interface CommandRoutesOptions {
  readonly commands: CommandHandler;
  readonly newId: () => string;
}

const paramsSchema = z.object({ id: z.uuid({ error: 'The case id is a UUID' }) });

const errors = errorResponses(...commandErrors);

/**
 * One generic handler for every row of the route table: the body is the command's payload (validated by the
 * domain's schema), the actor comes from the token, and the domain decides who may do what.
 */
export const commandRoutes: FastifyPluginAsyncZod<CommandRoutesOptions> = async (app, options) => {
  const run = async (
    route: CommandRoute,
    relocationId: string,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<CommandResponse> => {
    const headers = request.headers as CommandHeaders;
    const command = {
      type: route.type,
      relocationId,
      commandId: options.newId(),
      correlationId: headers['x-correlation-id'] ?? options.newId(),
      actor: actorOf(principalOf(request), route.type),
      payload: request.body,
    } as Command;
    const creates = route.type === 'InitiateRelocation';
    const result = await options.commands.handle(command, {
      ...(headers['if-match'] === undefined || creates ? {} : { ifMatch: headers['if-match'] }),
      ...(headers['idempotency-key'] === undefined ? {} : { idempotencyKey: headers['idempotency-key'] }),
    });
    reply.header('etag', etagOf(result.revision));
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    if (creates) reply.header('location', `/v1/relocations/${result.relocationId}`);
    return toCommandResponse(result);
  };

  const schemaOf = (route: CommandRoute) => ({
    summary: route.summary,
    operationId: route.type,
    tags: ['commands'],
    security: [{ bearer: [] }],
    body: commandPayloadSchemas[route.type],
    headers: commandHeadersSchema,
  });

  for (const route of commandRouteTable) {
    if (route.type === 'InitiateRelocation') {
      app.post(
        commandPathOf(route),
        { schema: { ...schemaOf(route), response: { 201: commandResponseSchema, ...errors } } },
        async (request, reply) => reply.code(201).send(await run(route, options.newId(), request, reply)),
      );
    } else {
      app.post(
        commandPathOf(route),
        {
          schema: {
            ...schemaOf(route),
            params: paramsSchema,
            response: { 200: commandResponseSchema, ...errors },
          },
        },
        async (request, reply) => reply.code(200).send(await run(route, request.params.id, request, reply)),
      );
    }
  }
};
