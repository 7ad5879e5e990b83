import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KURRENTDB_IMAGE,
  insecureNodeEnvironment,
  kurrentDbServerSource,
} from './kurrentDbServer.ts';

describe('kurrentDbServerSource', () => {
  const noSocket = (): boolean => false;

  it('prefers KURRENTDB_URL', () => {
    expect(kurrentDbServerSource({ KURRENTDB_URL: 'esdb://h:2113?tls=false' }, () => true)).toEqual({
      kind: 'url',
      connectionString: 'esdb://h:2113?tls=false',
    });
  });

  it('uses Docker when a socket or DOCKER_HOST exists', () => {
    expect(kurrentDbServerSource({}, () => true)).toEqual({ kind: 'docker', image: DEFAULT_KURRENTDB_IMAGE });
    expect(
      kurrentDbServerSource(
        { DOCKER_HOST: 'tcp://d:2375', KURRENTDB_IMAGE: 'eventstore/eventstore:24.10' },
        noSocket,
      ),
    ).toEqual({ kind: 'docker', image: 'eventstore/eventstore:24.10' });
  });

  it('says why it skips otherwise', () => {
    const source = kurrentDbServerSource({ KURRENTDB_URL: '  ' }, noSocket);
    expect(source.kind).toBe('none');
    expect(source.kind === 'none' && source.reason).toContain('KurrentDB tests skipped: set KURRENTDB_URL=');
  });

  it('configures an insecure in-memory node with the prefix the image reads', () => {
    expect(insecureNodeEnvironment(DEFAULT_KURRENTDB_IMAGE)).toMatchObject({ KURRENTDB_INSECURE: 'true' });
    expect(insecureNodeEnvironment('eventstore/eventstore:24.10')).toMatchObject({
      EVENTSTORE_INSECURE: 'true',
    });
  });
});
