import { randomUUID } from 'node:crypto';
import type { DemoParty, DemoPartyName } from './demoParties.ts';
import { demoParties } from './demoParties.ts';

/** One HTTP request of the demo and its answer, kept so that tests can search everything a party was shown. */
export interface Exchange {
  readonly party: DemoPartyName;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
}

export interface DemoClient {
  readonly exchanges: readonly Exchange[];
  /** GET, or POST with a JSON body and a fresh Idempotency-Key, as the party; the answer is recorded. */
  request(party: DemoPartyName, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Exchange>;
}

export interface DemoClientOptions {
  readonly baseUrl: string;
  readonly tokenFor: (party: DemoParty) => Promise<string>;
}

/** A fetch client that acts as the demo's parties, with one cached token per party. */
export function createDemoClient({ baseUrl, tokenFor }: DemoClientOptions): DemoClient {
  const exchanges: Exchange[] = [];
  const tokens = new Map<DemoPartyName, Promise<string>>();
  const tokenOf = (party: DemoPartyName): Promise<string> => {
    let token = tokens.get(party);
    if (token === undefined) {
      token = tokenFor(demoParties[party]);
      tokens.set(party, token);
    }
    return token;
  };
  const base = baseUrl.replace(/\/+$/, '');
  return {
    exchanges,
    async request(party, method, path, body) {
      const headers: Record<string, string> = { authorization: `Bearer ${await tokenOf(party)}` };
      if (method === 'POST') {
        headers['content-type'] = 'application/json';
        headers['idempotency-key'] = randomUUID();
      }
      const response = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
      });
      const text = await response.text();
      const exchange: Exchange = {
        party,
        method,
        path,
        status: response.status,
        body: text === '' ? null : (JSON.parse(text) as unknown),
      };
      exchanges.push(exchange);
      return exchange;
    },
  };
}
