import { describe, expect, it } from 'vitest';
import { contractJsonSchemas } from './jsonSchemas.ts';

describe('contractJsonSchemas', () => {
  const byFile = new Map(contractJsonSchemas().map(({ file, jsonSchema }) => [file, jsonSchema]));

  it('produces one draft 2020-12 document per contract, identified by its file name', () => {
    expect([...byFile.keys()]).toEqual([
      'notification.v1.schema.json',
      'police-threat-assessment.v1.schema.json',
      'dead-letter.v1.schema.json',
    ]);
    for (const [file, schema] of byFile) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(file);
      expect(schema.additionalProperties).toBe(false);
    }
  });

  it('keeps the notification closed and every field required', () => {
    const schema = byFile.get('notification.v1.schema.json');
    expect(schema?.required).toEqual([
      'eventId',
      'relocationId',
      'type',
      'occurredAt',
      'recipient',
      'position',
    ]);
    expect(Object.keys(schema?.properties as object)).toEqual(schema?.required);
  });
});
