import { describe, expect, it } from 'vitest';
import { accessClaimsSchema, createAccessClaimsSchema } from './claims.ts';
import { createOrganisationIdSchema, parseOrganisationId, tryParseOrganisationId } from './organisation.ts';
import { roleProblems } from './role.ts';

describe('parseOrganisationId', () => {
  it.each([
    ['municipality:0180', { kind: 'municipality', code: '0180' }],
    ['police:bergslagen', { kind: 'police', code: 'bergslagen' }],
    ['coordinator:national', { kind: 'coordinator', code: 'national' }],
    ['audit:national', { kind: 'audit', code: 'national' }],
  ])('parses %s', (text, expected) => {
    expect(parseOrganisationId(text)).toEqual(expected);
  });

  it.each([
    ['municipality:180', 'municipality:<4-digit kommunkod>'],
    ['municipality:01800', 'municipality:<4-digit kommunkod>'],
    ['municipality:', 'municipality:<4-digit kommunkod>'],
    ['police:gotland', 'one of nord, mitt, stockholm, ost, vast, syd, bergslagen'],
    ['police:Stockholm', 'one of nord'],
    ['coordinator:stockholm', 'the only coordinator organisation is coordinator:national'],
    ['audit:', 'the only audit organisation is audit:national'],
    ['region:stockholm', 'starts with one of municipality:, police:, coordinator:, audit:'],
    ['', 'starts with one of'],
  ])('refuses %s and says why', (text, reason) => {
    expect(() => parseOrganisationId(text)).toThrow(
      expect.objectContaining({ code: 'INVALID_ORGANISATION_ID' }),
    );
    expect(() => parseOrganisationId(text)).toThrow(reason);
  });

  it('checks the kommunkod against the official list when given one', () => {
    const isKnownMunicipality = (code: string) => code === '0180';
    expect(tryParseOrganisationId('municipality:0180', { isKnownMunicipality }).ok).toBe(true);
    expect(() => parseOrganisationId('municipality:0000', { isKnownMunicipality })).toThrow(
      '0000 is not a kommunkod on the official list of municipalities',
    );
    expect(createOrganisationIdSchema({ isKnownMunicipality }).safeParse('municipality:0000').success).toBe(
      false,
    );
    expect(createOrganisationIdSchema().safeParse('municipality:0000').success).toBe(true);
  });
});

describe('roles fit the organisation kind', () => {
  it.each([
    ['municipality', ['caseworker'], []],
    ['municipality', ['caseworker', 'supervisor'], []],
    ['police', ['police'], []],
    ['coordinator', ['coordinator'], []],
    ['audit', ['auditor'], []],
  ] as const)('%s may hold %j', (kind, roles, problems) => {
    expect(roleProblems(kind, `${kind}:x`, roles)).toEqual(problems);
  });

  it.each([
    ['municipality', 'police'],
    ['municipality', 'coordinator'],
    ['police', 'caseworker'],
    ['coordinator', 'auditor'],
    ['audit', 'supervisor'],
  ] as const)('%s may not hold %s', (kind, role) => {
    expect(roleProblems(kind, `${kind}:x`, [role])).toEqual([
      expect.stringContaining(`role '${role}' does not fit organisation '${kind}:x'`),
    ]);
  });

  it('requires a role and refuses duplicates', () => {
    expect(roleProblems('police', 'police:syd', [])).toEqual(['at least one role is required']);
    expect(roleProblems('police', 'police:syd', ['police', 'police'])).toEqual([
      'a role is listed more than once',
    ]);
  });
});

describe('accessClaimsSchema', () => {
  const claims = {
    sub: 'anna',
    org: 'municipality:0180',
    roles: ['caseworker'],
    iss: 'urn:relocation:dev',
    aud: 'urn:relocation:api',
    exp: 1_900_000_000,
    iat: 1_899_990_000,
  };

  it('accepts fitting claims', () => {
    expect(accessClaimsSchema.parse(claims)).toEqual(claims);
  });

  it.each([
    ['a role that does not fit', { roles: ['police'] }],
    ['an unknown role', { roles: ['admin'] }],
    ['no roles', { roles: [] }],
    ['roles as a string', { roles: 'caseworker' }],
    ['a malformed org', { org: 'municipality:18' }],
    ['an empty sub', { sub: '' }],
    ['a missing exp', { exp: undefined }],
  ])('refuses %s', (_, change) => {
    expect(accessClaimsSchema.safeParse({ ...claims, ...change }).success).toBe(false);
  });

  it('applies the municipality list', () => {
    const schema = createAccessClaimsSchema({ isKnownMunicipality: () => false });
    expect(schema.safeParse(claims).success).toBe(false);
  });
});
