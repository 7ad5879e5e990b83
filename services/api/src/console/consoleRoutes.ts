import { mintDevToken } from '@relocation/access';
import type { DevSigningKey } from '@relocation/access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../errors/apiError.ts';
import { errorResponses } from '../errors/errorBodySchema.ts';
import { isKnownMunicipality } from '../municipalities.ts';
import { devPeople } from './devPeople.ts';

export const consoleLanguages = ['sv', 'en'] as const;

/** What the console needs to know before anyone signs in (GET /v1/console/config). */
export interface ConsoleSettings {
  readonly auth:
    | { readonly mode: 'dev' }
    | {
        readonly mode: 'jwks';
        readonly issuer: string;
        readonly clientId: string;
        readonly scopes: readonly string[];
        /** The resource indicator (RFC 8707) the console asks the access token for: the API's audience. */
        readonly resource: string;
      };
  readonly inactivityMinutes: number;
  readonly defaultLanguage: (typeof consoleLanguages)[number];
}

export interface ConsoleRoutesOptions {
  readonly settings: ConsoleSettings;
  /** The development signing key: with it (AUTH_MODE=dev) /v1/dev/people and /v1/dev/sign-in are served. */
  readonly devSigningKey?: DevSigningKey;
  readonly clock: () => Date;
  /** Lifetime of a development sign-in token, seconds (default 8 hours). */
  readonly devTokenSeconds?: number;
}

export const consoleConfigSchema = z
  .object({
    auth: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('dev') }),
      z.object({
        mode: z.literal('jwks'),
        issuer: z
          .string()
          .describe('The OIDC issuer (discovery at <issuer>/.well-known/openid-configuration)'),
        clientId: z.string(),
        scopes: z.array(z.string()),
        resource: z.string().describe('Resource indicator to ask the access token for (the API audience)'),
      }),
    ]),
    inactivityMinutes: z
      .number()
      .int()
      .positive()
      .describe('Sign out after this many minutes without activity'),
    defaultLanguage: z.enum(consoleLanguages),
    languages: z.array(z.enum(consoleLanguages)),
  })
  .meta({ id: 'ConsoleConfig' });

export const devPersonSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    role: z.enum(['caseworker', 'supervisor', 'police', 'coordinator', 'researcher', 'auditor', 'system']),
  })
  .meta({ id: 'DevPerson' });

const signInBodySchema = z.object({ personId: z.string().min(1).max(100) }).strict();
const signInAnswerSchema = z
  .object({
    token: z.string().describe('A bearer token for the API (keep it in memory)'),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'DevSignIn' });

/**
 * The console's support routes, outside the authenticated /v1 scope: its public configuration, and in
 * AUTH_MODE=dev the sample people and a sign-in that mints a development token for one of them. In jwks mode
 * the development routes do not exist (404, like any unknown path).
 */
export const consoleRoutes: FastifyPluginAsyncZod<ConsoleRoutesOptions> = async (app, options) => {
  const { settings } = options;
  app.get(
    '/v1/console/config',
    {
      schema: {
        tags: ['console'],
        summary:
          'The console’s configuration: how to sign in, inactivity timeout, languages (no token needed)',
        response: { 200: consoleConfigSchema, ...errorResponses(400, 429, 500) },
      },
    },
    async () => ({
      auth:
        settings.auth.mode === 'dev'
          ? { mode: 'dev' as const }
          : { ...settings.auth, scopes: [...settings.auth.scopes] },
      inactivityMinutes: settings.inactivityMinutes,
      defaultLanguage: settings.defaultLanguage,
      languages: [...consoleLanguages],
    }),
  );

  const key = options.devSigningKey;
  if (settings.auth.mode !== 'dev' || key === undefined) return;
  const lifetime = options.devTokenSeconds ?? 8 * 3600;

  app.get(
    '/v1/dev/people',
    {
      schema: {
        tags: ['console'],
        summary: 'AUTH_MODE=dev only: the sample people one can sign in as (404 in jwks mode)',
        response: {
          200: z.object({ people: z.array(devPersonSchema) }),
          ...errorResponses(400, 404, 429, 500),
        },
      },
    },
    async () => ({ people: [...devPeople] }),
  );

  app.post(
    '/v1/dev/sign-in',
    {
      schema: {
        tags: ['console'],
        summary: 'AUTH_MODE=dev only: a development token for one of the sample people (404 in jwks mode)',
        body: signInBodySchema,
        response: { 200: signInAnswerSchema, ...errorResponses(400, 404, 413, 415, 429, 500) },
      },
    },
    async (request) => {
      const person = devPeople.find((candidate) => candidate.id === request.body.personId);
      if (person === undefined) {
        throw new ApiError(400, 'UNKNOWN_PERSON', 'There is no sample person with that id.', {
          issues: [{ path: 'body.personId', message: 'Pick one of GET /v1/dev/people' }],
        });
      }
      const now = options.clock();
      const token = await mintDevToken({
        key,
        sub: person.id,
        org: person.organisationId,
        roles: [person.role],
        expiresIn: lifetime,
        now,
        isKnownMunicipality,
      });
      const expiresAt = new Date((Math.floor(now.getTime() / 1000) + lifetime) * 1000).toISOString();
      return { token, expiresAt };
    },
  );
};
