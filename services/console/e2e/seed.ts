import { demoBodies } from '@relocation/api/demo';

/** Signs in over HTTP as a sample person (AUTH_MODE=dev) and returns a bearer token. */
export async function devToken(baseUrl: string, personId: string): Promise<string> {
  const response = await fetch(`${baseUrl}/v1/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) throw new Error(`dev sign-in as ${personId}: HTTP ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/**
 * Puts cases into the engine over HTTP for the screenshots and the screen tests: one submitted (the police owe
 * the assessment), one proposed to Umeå (Umeå owes the decision). Returns their ids.
 */
export async function seedCases(baseUrl: string): Promise<{ submitted: string; proposed: string }> {
  const bodies = demoBodies(new Date());
  const tokens = new Map<string, string>();
  const command = async (person: string, path: string, body: unknown): Promise<string> => {
    const token = tokens.get(person) ?? (await devToken(baseUrl, person));
    tokens.set(person, token);
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return ((await response.json()) as { relocationId: string }).relocationId;
  };
  const start = async (): Promise<string> => {
    const id = await command('anna', '/v1/relocations', bodies.initiate);
    await command('anna', `/v1/relocations/${id}/consent`, bodies.consent);
    await command('anna', `/v1/relocations/${id}/submit`, bodies.submit);
    return id;
  };
  const submitted = await start();
  const proposed = await start();
  await command('kim', `/v1/relocations/${proposed}/threat-assessments`, bodies.assess);
  await command('cora', `/v1/relocations/${proposed}/propose`, bodies.proposeReceiving);
  return { submitted, proposed };
}
