import { z } from 'zod';
import { jsonValueSchema } from '@relocation/read-models';
import { errorCodesByStatus } from './errorCodes.ts';
import type { ErrorStatus } from './errorCodes.ts';

const issueSchema = z
  .object({
    path: z.string().describe('Where: body.person.name, headers.if-match, querystring.limit, ...'),
    message: z.string(),
  })
  .meta({ id: 'ValidationIssue' });

/** What an error adds: `issues` for a 400, `currentRevision` for a 412, `minPosition` for a 503, ... */
export const errorDetailsSchema = z
  .object({ issues: z.array(issueSchema).optional() })
  .catchall(jsonValueSchema)
  .meta({ id: 'ErrorDetails' });

/** The error shape, whatever the status (tests and clients that do not care which). */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: errorDetailsSchema,
});

const bodies = new Map<ErrorStatus, z.ZodType>();

/** The error body of one status, its `code` an enum of the codes answered with it (a component `Error<status>`). */
export function errorBodyFor<S extends ErrorStatus>(status: S) {
  const known = bodies.get(status);
  if (known !== undefined) return known as ReturnType<typeof build<S>>;
  const body = build(status);
  bodies.set(status, body);
  return body;
}

const build = <S extends ErrorStatus>(status: S) =>
  z
    .object({
      code: z.enum(errorCodesByStatus[status] as unknown as [string, ...string[]]),
      message: z.string().describe('For people: what went wrong and what to do'),
      details: errorDetailsSchema,
    })
    .meta({ id: `Error${status}` });

/** The error responses of a route, one schema per status. */
export const errorResponses = <S extends ErrorStatus>(...statuses: readonly S[]) =>
  Object.fromEntries(statuses.map((status) => [status, errorBodyFor(status)])) as Record<
    S,
    ReturnType<typeof build<S>>
  >;

/** Every authenticated route: a bad request line, no or a bad token, too many requests, the token check down. */
export const authenticatedErrors = [400, 401, 429, 500, 503] as const;
/** Every command route: those, plus refusals, conflicts, preconditions, and body problems. */
export const commandErrors = [...authenticatedErrors, 403, 404, 409, 412, 413, 415, 422] as const;
/** Every query of one case: those, plus a case that does not exist for you. */
export const caseQueryErrors = [...authenticatedErrors, 404] as const;
