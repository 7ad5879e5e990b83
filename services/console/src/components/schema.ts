import type { JsonSchema } from '../api/types.ts';

/** The schema without a `null` alternative (an optional, nullable field is the same field, left empty). */
export function unwrapNullable(schema: JsonSchema): JsonSchema {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined) {
    const nonNull = alternatives.filter((alternative) => alternative.type !== 'null');
    if (nonNull.length === 1 && nonNull[0] !== undefined)
      return { ...schema, ...nonNull[0], anyOf: undefined, oneOf: undefined };
    // A union of constants (`1 | 3 | 6`) is a choice like an enum, and is shown as one.
    const constants = nonNull.map((alternative) => alternative.const);
    if (nonNull.length > 1 && constants.every((c) => typeof c === 'string' || typeof c === 'number')) {
      const values = constants as (string | number)[];
      return {
        ...schema,
        anyOf: undefined,
        oneOf: undefined,
        type: typeof values[0] === 'number' ? 'number' : 'string',
        enum: values,
      };
    }
  }
  if (Array.isArray(schema.type)) {
    const types = (schema.type as readonly string[]).filter((type) => type !== 'null');
    if (types.length === 1) return { ...schema, type: types[0] };
  }
  return schema;
}

export function typeOf(schema: JsonSchema): string {
  const plain = unwrapNullable(schema);
  if (typeof plain.type === 'string') return plain.type;
  if (plain.enum !== undefined) return typeof plain.enum[0] === 'number' ? 'number' : 'string';
  if (plain.properties !== undefined) return 'object';
  const alternatives = plain.oneOf ?? plain.anyOf;
  if (alternatives !== undefined && alternatives.every((alternative) => typeOf(alternative) === 'object'))
    return 'object';
  if (plain.const !== undefined) return typeof plain.const;
  return 'string';
}

/** An exclusion zone: `{ kind: 'municipality' | 'county', code }`, picked by name. */
export function isZone(schema: JsonSchema): boolean {
  const plain = unwrapNullable(schema);
  const alternatives = plain.oneOf ?? plain.anyOf ?? [plain];
  const kinds = alternatives.flatMap((alternative) =>
    alternative.properties?.code === undefined ? [] : (alternative.properties.kind?.enum ?? []),
  );
  return kinds.includes('county') && kinds.includes('municipality');
}

/** The empty value a form starts from: required objects get their fields, everything else stays unset. */
export function initialValue(schema: JsonSchema): unknown {
  const plain = unwrapNullable(schema);
  if (plain.default !== undefined) return plain.default;
  switch (typeOf(plain)) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(plain.properties ?? {})) {
        const inner = initialValue(property);
        if (inner !== undefined) value[name] = inner;
      }
      return value;
    }
    case 'array':
      return [];
    default:
      return undefined;
  }
}

/** Drops empty strings and empty optional objects so the API sees an omitted field, not an empty one. */
export function cleanValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const cleaned = cleanValue(inner);
      if (cleaned === undefined || cleaned === '') continue;
      result[key] = cleaned;
    }
    return result;
  }
  return value;
}

/**
 * A union of objects told apart by one property (`{ type: 'ownLease' } | { type: 'protectedHousing', providerId }`):
 * the property's name and, per value, the alternative's schema with that property left out.
 */
export function discriminatedUnion(
  schema: JsonSchema,
): { key: string; alternatives: { value: string; schema: JsonSchema }[] } | undefined {
  const plain = unwrapNullable(schema);
  const alternatives = plain.oneOf ?? plain.anyOf;
  if (alternatives === undefined || alternatives.length < 2) return undefined;
  const first = alternatives[0]?.properties ?? {};
  for (const key of Object.keys(first)) {
    const values = alternatives.map((alternative) => {
      const property = alternative.properties?.[key];
      const single = property?.const ?? (property?.enum?.length === 1 ? property.enum[0] : undefined);
      return single === undefined ? undefined : String(single);
    });
    if (values.every((value) => value !== undefined)) {
      return {
        key,
        alternatives: alternatives.map((alternative, index) => {
          const { [key]: _dropped, ...rest } = alternative.properties ?? {};
          return {
            value: values[index] as string,
            schema: {
              ...alternative,
              properties: rest,
              required: (alternative.required ?? []).filter((r) => r !== key),
            },
          };
        }),
      };
    }
  }
  return undefined;
}
