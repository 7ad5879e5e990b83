import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { parties } from './testing/parties.ts';
import type { Party } from './testing/parties.ts';
import { bodies } from './testing/scenario.ts';
import { createTestApi } from './testing/testApi.ts';

const person = {
  name: 'Hemliga Henrietta Skyddadsson',
  personalIdentityNumber: '198112189876',
  protectionLevel: 'protectedRegistration',
};
const address = 'Gömda gatan 7, 903 33 Umeå';
const contact = { name: 'Kontakta Kristina Kontaktsson', phone: '070-999 88 77' };

/** Everything from the request bodies that identifies or locates a person. */
const secrets = [
  person.name,
  'Henrietta',
  person.personalIdentityNumber,
  '19811218',
  address,
  'Gömda gatan',
  contact.name,
  contact.phone,
  'PM-2026-0042',
  'SAMTYCKE-2026-17',
  'Uppföljning efter',
];

describe('logging', () => {
  it('logs requests through a whole case, and never its personal data or tokens', async () => {
    const lines: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
    const api = await createTestApi({ logger });
    const step = async (
      party: Party,
      action: keyof typeof bodies,
      id: string | undefined,
      body: unknown,
      status = 200,
    ) => {
      const response = await api.command(party, action, id, body);
      expect(response.statusCode, `${action}: ${response.body}`).toBe(status);
      return response.json<{ relocationId: string }>();
    };
    try {
      const { relocationId: id } = await step(
        parties.sendingCaseworker,
        '',
        undefined,
        { ...bodies[''], person },
        201,
      );
      await step(parties.sendingCaseworker, 'consent', id, bodies.consent);
      await step(parties.sendingCaseworker, 'submit', id, {});
      await step(parties.police, 'threat-assessments', id, bodies['threat-assessments']);
      await step(parties.coordinator, 'propose', id, bodies.propose);
      await step(parties.receivingSupervisor, 'handlers', id, { userId: parties.receiving.sub });
      await step(parties.receiving, 'accept', id, { ...bodies.accept, contactPerson: contact, address });
      await step(parties.police, 'clear-destination', id, bodies['clear-destination']);
      await step(parties.receiving, 'confirm-arrival', id, bodies['confirm-arrival']);
      // Arrival moves no responsibility: the sending municipality follows up and closes.
      await step(parties.sendingCaseworker, 'follow-ups', id, bodies['follow-ups']);
      await step(parties.sendingCaseworker, 'close', id, bodies.close);
      // Refusals and validation failures carry personal data in their bodies too.
      await step(parties.receiving, 'accept', id, { ...bodies.accept, contactPerson: contact, address }, 403);
      await step(parties.unrelated, 'accept', id, { ...bodies.accept, contactPerson: contact, address }, 404);
      await step(
        parties.sendingCaseworker,
        '',
        undefined,
        { ...bodies[''], person: { ...person, protectionLevel: 'x' } },
        400,
      );
      await step(
        parties.sendingCaseworker,
        'consent',
        randomUUID(),
        { ...bodies.consent, documentReference: person.name },
        404,
      );
      const tokens = await Promise.all(Object.values(parties).map((party) => api.tokenFor(party)));

      const log = lines.join('');
      expect(lines.filter((line) => line.includes('"request completed"')).length).toBeGreaterThanOrEqual(14);
      expect(log).toContain(id);
      for (const secret of secrets) expect(log, secret).not.toContain(secret);
      for (const token of tokens) expect(log).not.toContain(token.split('.')[2]);
      expect(log).not.toMatch(/authorization/i);
    } finally {
      await api.close();
    }
  });

  it('redacts bodies and authorization headers that reach the logger by other ways', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info(
      { req: { headers: { authorization: 'Bearer abc.def.ghi' }, body: { name: person.name } } },
      'x',
    );
    logger.info({ body: { name: person.name }, headers: { authorization: 'Bearer abc.def.ghi' } }, 'y');
    const log = lines.join('');
    expect(log).not.toContain(person.name);
    expect(log).not.toContain('abc.def.ghi');
    expect(log).toContain('[redacted]');
  });
});
