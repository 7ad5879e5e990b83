import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointHeads, SignedCheckpoint } from './checkpoint.ts';
import { readLatestCheckpoint, writeCheckpointFile } from './checkpointDirectory.ts';
import { CheckpointRefusedError, openCheckpoint, signCheckpoint } from './signCheckpoint.ts';
import { loadOrCreateDevCheckpointKey, parseCheckpointSigningKey } from './signingKey.ts';

const newKey = () =>
  parseCheckpointSigningKey(
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  );
const heads: CheckpointHeads = {
  streams: [{ name: 'relocation-a', revision: 2, hash: 'a'.repeat(64) }],
  accessLog: { seq: 4, hash: 'b'.repeat(64) },
};
const at = new Date('2026-11-29T16:00:00.000Z');

describe('signed checkpoints', () => {
  const key = newKey();

  it('open what was signed', () => {
    const signed = signCheckpoint(heads, key, at);
    expect(openCheckpoint(JSON.stringify(signed), key.publicKey, key.keyId)).toEqual(signed.body);
  });

  it('refuse a changed head, a changed signature, another key and a malformed file', () => {
    const signed = signCheckpoint(heads, key, at);
    const forgedHead: SignedCheckpoint = {
      ...signed,
      body: {
        ...signed.body,
        eventStore: { streams: [{ name: 'relocation-a', revision: 2, hash: 'c'.repeat(64) }] },
      },
    };
    const signature = Buffer.from(signed.signature, 'base64url');
    signature[0] = (signature[0] ?? 0) ^ 1;
    const forgedSignature = { ...signed, signature: signature.toString('base64url') };
    const other = newKey();
    const byOther = signCheckpoint(heads, other, at);
    const relabelled = { ...byOther, body: { ...byOther.body, keyId: key.keyId } };
    for (const text of [forgedHead, forgedSignature, relabelled].map((each) => JSON.stringify(each))) {
      expect(() => openCheckpoint(text, key.publicKey, key.keyId)).toThrow(CheckpointRefusedError);
    }
    expect(() => openCheckpoint(JSON.stringify(byOther), key.publicKey, key.keyId)).toThrow(
      /not by the configured/,
    );
    expect(() => openCheckpoint('{"body":1}', key.publicKey, key.keyId)).toThrow(/well-formed/);
  });

  it('refuse a key that is not Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    expect(() => parseCheckpointSigningKey(rsa.toString())).toThrow(/Ed25519/);
  });
});

describe('the checkpoint directory', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checkpoint-dir-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives the newest valid checkpoint and reports a tampered newer one as refused', async () => {
    const key = newKey();
    expect(await readLatestCheckpoint(join(dir, 'none'), key)).toEqual({ refused: [] });
    await writeCheckpointFile(dir, signCheckpoint(heads, key, at));
    const newer = await writeCheckpointFile(
      dir,
      signCheckpoint(heads, key, new Date('2026-11-29T16:05:00.000Z')),
    );
    expect((await readLatestCheckpoint(dir, key)).latest?.file).toBe(
      'checkpoint-2026-11-29T160500.000Z.json',
    );

    const tampered = JSON.parse(await readFile(newer, 'utf8')) as SignedCheckpoint;
    await writeFile(
      newer,
      JSON.stringify({
        ...tampered,
        body: { ...tampered.body, accessLog: { seq: 3, hash: 'd'.repeat(64) } },
      }),
    );
    const latest = await readLatestCheckpoint(dir, key);
    expect(latest.latest?.file).toBe('checkpoint-2026-11-29T160000.000Z.json');
    expect(latest.refused).toEqual([
      { file: 'checkpoint-2026-11-29T160500.000Z.json', reason: expect.stringMatching(/signature/) },
    ]);
  });

  it('keeps the development key in the data directory, created once', async () => {
    const first = await loadOrCreateDevCheckpointKey(dir);
    const second = await loadOrCreateDevCheckpointKey(dir);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.key.keyId).toBe(first.key.keyId);
  });
});
