import { z } from 'zod';
import { deadLetterEnvelopeSchema } from './deadLetter.ts';
import { notificationMessageSchema } from './notification.ts';
import { threatAssessmentMessageSchema } from './threatAssessment.ts';

/** The message contracts published as JSON Schema in docs/kafka/, by file name. */
const contracts = [
  { file: 'notification.v1.schema.json', schema: notificationMessageSchema },
  { file: 'police-threat-assessment.v1.schema.json', schema: threatAssessmentMessageSchema },
  { file: 'dead-letter.v1.schema.json', schema: deadLetterEnvelopeSchema },
] as const;

export interface ContractJsonSchema {
  readonly file: string;
  readonly jsonSchema: Record<string, unknown>;
}

/** JSON Schema (draft 2020-12) documents for the message contracts, generated from the zod schemas. */
export function contractJsonSchemas(): ContractJsonSchema[] {
  return contracts.map(({ file, schema }) => {
    const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
    return { file, jsonSchema: { $schema, $id: file, ...rest } };
  });
}
