import { UnauthorizedError } from './errors.ts';

const maxTokenLength = 16_384;
const bearerPattern = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*) *$/i;

/** The compact JWT of an `Authorization: Bearer <jwt>` header value. */
export const tokenFromBearerHeader = (header: string | readonly string[] | undefined): string => {
  if (header === undefined || header.length === 0) throw new UnauthorizedError('missing_token');
  if (typeof header !== 'string')
    throw new UnauthorizedError('malformed', 'more than one Authorization header');
  if (header.length > maxTokenLength) throw new UnauthorizedError('malformed', 'the header is too long');
  const match = bearerPattern.exec(header);
  if (match?.[1] === undefined) throw new UnauthorizedError('malformed', 'expected "Bearer <jwt>"');
  return match[1];
};
