import { createInMemoryEventStore } from '@relocation/event-store';
import { describe, expect, it } from 'vitest';
import { parties, type Party } from '../testing/parties.ts';
import { bodies, caseAt } from '../testing/scenario.ts';
import { createTestApi, type TestApi } from '../testing/testApi.ts';
import { createCaseChangeFeed, type CaseChange, type CaseChangeFeed } from './caseChangeFeed.ts';

/** An open GET /v1/events, read with fetch streaming like the console does. */
interface Stream {
  readonly status: number;
  readonly contentType: string | null;
  /** Reads until the predicate holds on what was received. */
  until(predicate: (text: string) => boolean): Promise<string>;
  /** Reads until the server ends the stream; everything it wrote. */
  toEnd(): Promise<string>;
  close(): Promise<void>;
}

const changesIn = (text: string): CaseChange[] =>
  [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1] ?? '') as CaseChange);

interface Running {
  readonly api: TestApi;
  readonly feed: CaseChangeFeed;
  readonly base: string;
  open(party: Party | undefined): Promise<Stream>;
  close(): Promise<void>;
}

/** An API with the feed on its own in-memory store, listening on a free port. */
async function running(): Promise<Running> {
  const store = createInMemoryEventStore();
  const feed = createCaseChangeFeed({ store, pollIntervalMs: 10 });
  const api = await createTestApi({ store, caseChanges: { feed, heartbeatMs: 20 } });
  await feed.start();
  const base = await api.app.listen({ port: 0, host: '127.0.0.1' });
  const open = async (party: Party | undefined): Promise<Stream> => {
    const abort = new AbortController();
    const response = await fetch(`${base}/v1/events`, {
      headers: party === undefined ? {} : { authorization: `Bearer ${await api.tokenFor(party)}` },
      signal: abort.signal,
    });
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let received = '';
    const readMore = async (): Promise<boolean> => {
      const chunk = await reader?.read();
      if (chunk === undefined || chunk.done) return false;
      received += decoder.decode(chunk.value, { stream: true });
      return true;
    };
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      async until(predicate) {
        while (!predicate(received)) {
          if (!(await readMore())) throw new Error(`the stream ended: ${received}`);
        }
        return received;
      },
      async toEnd() {
        while (await readMore());
        return received;
      },
      async close() {
        abort.abort();
        await reader?.cancel().catch(() => undefined);
      },
    };
  };
  return {
    api,
    feed,
    base,
    open,
    async close() {
      await api.close();
      await feed.stop();
    },
  };
}

describe('the case change feed', () => {
  it('tells the organisations a change concerns; not an outsider, a declined municipality, an unassigned colleague', async () => {
    const { api, feed, close } = await running();
    try {
      const id = await caseAt(api, 'proposed');
      const heard = new Map<Party, CaseChange[]>();
      const who = [
        parties.sendingCaseworker,
        parties.police,
        parties.receivingPolice,
        parties.sendingColleague,
        parties.unrelated,
        parties.declining,
        parties.auditor,
      ];
      for (const party of who) {
        heard.set(party, []);
        await feed.listen({
          principal: { userId: party.sub, organisationId: party.org, roles: party.roles } as never,
          send: (change) => heard.get(party)?.push(change),
        });
      }
      expect((await api.command(parties.receiving, 'accept', id, bodies.accept)).statusCode).toBe(200);
      // The feed tells every listener of an event in one pass: once the sender heard, everyone who will has.
      await expect.poll(() => heard.get(parties.sendingCaseworker)?.length).toBeGreaterThan(0);
      expect(heard.get(parties.sendingCaseworker)?.[0]).toEqual({
        relocationId: id,
        position: expect.stringMatching(/^\d+$/),
      });
      expect(heard.get(parties.police)?.map((change) => change.relocationId)).toContain(id);
      expect(heard.get(parties.receivingPolice)?.map((change) => change.relocationId)).toContain(id);
      for (const party of [parties.sendingColleague, parties.unrelated, parties.declining, parties.auditor]) {
        expect(heard.get(party), party.sub).toEqual([]);
      }
    } finally {
      await close();
    }
  });
});

describe('the case change feed at a start', () => {
  it('starts at the end of the feed: a listener never hears of what happened before the start', async () => {
    const store = createInMemoryEventStore();
    const feed = createCaseChangeFeed({ store, pollIntervalMs: 10 });
    const api = await createTestApi({ store, caseChanges: { feed, heartbeatMs: 20 } });
    try {
      const id = await caseAt(api, 'proposed');
      const before = (await store.readAll({ batchSize: 10_000 })).events.at(-1)?.globalPosition ?? 0n;
      await feed.start();
      const heard: CaseChange[] = [];
      const sender = parties.sendingCaseworker;
      await feed.listen({
        principal: { userId: sender.sub, organisationId: sender.org, roles: sender.roles } as never,
        send: (change) => heard.push(change),
      });
      expect((await api.command(parties.receiving, 'accept', id, bodies.accept)).statusCode).toBe(200);
      await expect.poll(() => heard.length).toBeGreaterThan(0);
      // Only the acceptance: none of the earlier changes the sender was told of when they happened.
      expect(heard.every((change) => BigInt(change.position) > before)).toBe(true);
    } finally {
      await api.close();
      await feed.stop();
    }
  });
});

describe('the case change feed with nobody listening', () => {
  it('reads nothing, and follows the feed again from its end once someone listens', async () => {
    const store = createInMemoryEventStore();
    let following = 0;
    const counted: typeof store = {
      ...store,
      subscribe: (options) => {
        following += 1;
        const subscription = store.subscribe(options);
        return {
          ...subscription,
          stop: async () => {
            following -= 1;
            await subscription.stop();
          },
        };
      },
    };
    const feed = createCaseChangeFeed({ store: counted, pollIntervalMs: 10 });
    const api = await createTestApi({ store, caseChanges: { feed, heartbeatMs: 20 } });
    try {
      await feed.start();
      const id = await caseAt(api, 'proposed');
      expect(following).toBe(0);

      const before = (await store.readAll({ batchSize: 10_000 })).events.at(-1)?.globalPosition ?? 0n;
      const heard: CaseChange[] = [];
      const sender = parties.sendingCaseworker;
      const stop = await feed.listen({
        principal: { userId: sender.sub, organisationId: sender.org, roles: sender.roles } as never,
        send: (change) => heard.push(change),
      });
      expect(following).toBe(1);
      expect((await api.command(parties.receiving, 'accept', id, bodies.accept)).statusCode).toBe(200);
      await expect.poll(() => heard.length).toBeGreaterThan(0);
      // From the feed's end at the first listener: none of the changes made before is told.
      expect(heard.every((change) => change.relocationId === id && BigInt(change.position) > before)).toBe(
        true,
      );

      stop();
      await expect.poll(() => following).toBe(0);
    } finally {
      await api.close();
      await feed.stop();
    }
  });
});

describe('GET /v1/events: server-sent "case X changed"', () => {
  it('needs a bearer token: 401 without one', async () => {
    const { open, close } = await running();
    try {
      const stream = await open(undefined);
      expect(stream.status).toBe(401);
      await stream.close();
    } finally {
      await close();
    }
  });

  it('streams the recipient its change and heartbeats; others get heartbeats only; shutdown ends every stream', async () => {
    const { api, feed, open, close } = await running();
    const id = await caseAt(api, 'proposed');
    const sending = await open(parties.sendingCaseworker);
    const others = await Promise.all(
      [parties.sendingColleague, parties.unrelated, parties.declining].map((party) => open(party)),
    );
    try {
      expect(sending.status).toBe(200);
      expect(sending.contentType).toMatch(/^text\/event-stream/);
      await expect.poll(() => feed.listeners).toBe(4);

      expect((await api.command(parties.receiving, 'accept', id, bodies.accept)).statusCode).toBe(200);
      const text = await sending.until((received) => changesIn(received).length > 0);
      expect(text).toMatch(/^: connected\n\n/);
      expect(text).toContain('event: case-changed\nid: ');
      const [change] = changesIn(text);
      expect(change).toEqual({ relocationId: id, position: expect.stringMatching(/^\d+$/) });
      expect(Object.keys(change ?? {}).sort()).toEqual(['position', 'relocationId']);
      expect(await sending.until((received) => received.includes(': heartbeat'))).not.toMatch(
        /Andersson|personalIdentityNumber/,
      );
      // Each outsider has had a heartbeat before the server closes (a condition, not a wall-clock budget).
      for (const stream of others) await stream.until((received) => received.includes(': heartbeat'));
    } finally {
      await close();
    }
    // Closing the server ended the streams: what each holds is everything it was ever sent.
    expect(changesIn(await sending.toEnd()).map((change) => change.relocationId)).toContain(id);
    for (const stream of others) {
      const text = await stream.toEnd();
      expect(text).toContain(': heartbeat');
      expect(changesIn(text)).toEqual([]);
    }
    expect(feed.listeners).toBe(0);
  });

  it('forgets a listener when the client goes away', async () => {
    const { feed, open, close } = await running();
    try {
      const stream = await open(parties.coordinator);
      await stream.until((text) => text.includes(': connected'));
      expect(feed.listeners).toBe(1);
      await stream.close();
      await expect.poll(() => feed.listeners).toBe(0);
    } finally {
      await close();
    }
  });
});
