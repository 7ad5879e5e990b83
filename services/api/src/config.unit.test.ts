import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, usesEmbeddedDatabase } from './config.ts';

describe('parseConfig', () => {
  it('defaults to one process on PGlite with development auth', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      eventStore: 'pglite',
      port: 3000,
      host: '127.0.0.1',
      dataDir: './.data',
      auth: { mode: 'dev' },
      keks: undefined,
      readWaitMs: 5000,
      logLevel: 'info',
      providersFile: undefined,
      pgliteWasmTiering: 'off',
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.rateLimit)).toBe(true);
  });

  it('reads every setting', () => {
    const config = parseConfig({
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/relocation',
      READ_WAIT_MS: '250',
      BODY_LIMIT_BYTES: '1000',
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_WINDOW_MS: '1000',
      LOG_LEVEL: 'warn',
      PROVIDERS_FILE: '/etc/providers.json',
      DEADLINES_POLICY: '{"escalation":{"kind":"iso","duration":"PT30S"}}',
      RELOCATION_KEKS: 'k1:AAAA',
      RELOCATION_ACTIVE_KEK: 'k1',
    });
    expect(config).toMatchObject({
      eventStore: 'postgres',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/x',
      port: 8080,
      bodyLimitBytes: 1000,
      rateLimit: { max: 5, windowMs: 1000 },
      deadlinePolicy: { escalation: { kind: 'iso', duration: 'PT30S' } },
      keks: { RELOCATION_KEKS: 'k1:AAAA', RELOCATION_ACTIVE_KEK: 'k1' },
    });
  });

  it('explains every problem, naming the variable', () => {
    const problems = (env: Record<string, string>): string => {
      try {
        parseConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(problems({ EVENT_STORE: 'postgres' })).toContain(
      'DATABASE_URL: required when EVENT_STORE=postgres',
    );
    expect(problems({ EVENT_STORE: 'kurrentdb' })).toContain('KURRENTDB_URL');
    expect(problems({ EVENT_STORE: 'mysql' })).toContain('EVENT_STORE');
    expect(problems({ PORT: 'eighty' })).toContain('PORT');
    expect(problems({ DEADLINES_POLICY: '{nope' })).toContain('DEADLINES_POLICY: must be JSON');
    expect(problems({ RELOCATION_KEKS: 'k1:AAAA' })).toContain('RELOCATION_ACTIVE_KEK');
    const jwks = problems({ AUTH_MODE: 'jwks' });
    for (const name of ['JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'RELOCATION_KEKS', 'PROVIDERS_FILE']) {
      expect(jwks).toContain(name);
    }
    // Issue 10: the key set comes over TLS outside development; token lifetimes have a bound.
    expect(problems({ AUTH_MODE: 'jwks', JWKS_URL: 'http://idp.example.se/jwks' })).toContain(
      'JWKS_URL: must be an https URL when AUTH_MODE=jwks',
    );
    expect(problems({ AUTH_MODE: 'jwks', JWKS_URL: 'https://idp.example.se/jwks' })).not.toContain(
      'JWKS_URL',
    );
    // An issuer on this machine (a local provider, the browser tests) may serve its keys over http.
    for (const url of [
      'http://127.0.0.1:4000/jwks',
      'http://localhost:4000/jwks',
      'http://[::1]:4000/jwks',
    ]) {
      expect(problems({ AUTH_MODE: 'jwks', JWKS_URL: url })).not.toContain('JWKS_URL');
    }
    for (const url of ['http://127.0.0.1.example.se/jwks', 'http://10.0.0.1/jwks', 'ftp://127.0.0.1/jwks']) {
      expect(problems({ AUTH_MODE: 'jwks', JWKS_URL: url })).toContain('JWKS_URL: must be an https URL');
    }
    expect(problems({ AUTH_MAX_TOKEN_AGE: 'forever' })).toContain('AUTH_MAX_TOKEN_AGE');
    expect(problems({ PGLITE_WASM_TIERING: 'fast' })).toContain('PGLITE_WASM_TIERING');
  });

  it('runs the embedded database with or without the optimizing compiler, as PGLITE_WASM_TIERING says', () => {
    expect(parseConfig({ PGLITE_WASM_TIERING: 'on' }).pgliteWasmTiering).toBe('on');
    expect(usesEmbeddedDatabase(parseConfig({}))).toBe(true);
    expect(
      usesEmbeddedDatabase(parseConfig({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://h/x' })),
    ).toBe(false);
    expect(usesEmbeddedDatabase(parseConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'esdb://h' }))).toBe(
      true,
    );
  });
});

describe('statistics settings', () => {
  it('default to k = 5 and a key generated into DATA_DIR', () => {
    expect(parseConfig({}).statistics).toEqual({ pseudonymKeyHex: undefined, minimumHouseholds: 5 });
    const key = 'ab'.repeat(32);
    expect(
      parseConfig({ STATISTICS_PSEUDONYM_KEY: key, STATISTICS_MIN_HOUSEHOLDS: '10' }).statistics,
    ).toEqual({ pseudonymKeyHex: key, minimumHouseholds: 10 });
  });

  it('refuse a short or non-hex key and a k under 3', () => {
    for (const env of [
      { STATISTICS_PSEUDONYM_KEY: 'ab'.repeat(31) },
      { STATISTICS_PSEUDONYM_KEY: 'zz'.repeat(32) },
      { STATISTICS_MIN_HOUSEHOLDS: '2' },
    ]) {
      expect(() => parseConfig(env), JSON.stringify(env)).toThrow(ConfigError);
    }
  });
});
