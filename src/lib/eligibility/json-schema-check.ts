/**
 * Checks answers in the browser against the JSON Schema that the build generates from the zod answers
 * schema (/data/answers.schema.json). Zod itself would cost the checker half its 15 KB budget; this
 * covers exactly the keywords that schema uses (nested lists of entries included), and a unit test
 * holds it to zod's verdicts.
 */
import type { AnswerError } from './flow.ts';

export interface JsonSchema {
  type?: 'object' | 'string' | 'integer' | 'number' | 'array';
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean;
}

const KNOWN = new Set([
  'type',
  'enum',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  '$schema',
  'title',
  'description',
]);

/** Refuses a schema with keywords this checker does not understand, rather than silently passing. */
export function assertSupported(schema: JsonSchema, path = '#'): void {
  for (const key of Object.keys(schema))
    if (!KNOWN.has(key)) throw new Error(`${path}: JSON Schema keyword "${key}" is not supported by the browser check`);
  for (const [name, sub] of Object.entries(schema.properties ?? {})) assertSupported(sub, `${path}/properties/${name}`);
  if (schema.items) assertSupported(schema.items, `${path}/items`);
}

/** Every problem with a value, each with its path ("platforms.1.type"); empty when it conforms. */
function checkAt(schema: JsonSchema, value: unknown, path: string): AnswerError[] {
  const error = (message: string, at = path, v = value): AnswerError[] => [{ field: at || '(answers)', value: v, message }];
  if (schema.enum && !schema.enum.includes(value)) return error(`must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? [] : error('must be text');
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || (schema.type === 'integer' && !Number.isInteger(value)))
        return error('must be a whole number');
      if (schema.minimum !== undefined && value < schema.minimum) return error(`must be at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) return error(`must be at most ${schema.maximum}`);
      return [];
    case 'array': {
      if (!Array.isArray(value)) return error('must be a list');
      if (schema.minItems !== undefined && value.length < schema.minItems) return error(`must have at least ${schema.minItems} item(s)`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) return error(`has more than ${schema.maxItems} entries`);
      return schema.items ? value.flatMap((v, i) => checkAt(schema.items as JsonSchema, v, path ? `${path}.${i}` : String(i))) : [];
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return error('must be an object');
      const record = value as Record<string, unknown>;
      const at = (field: string) => (path ? `${path}.${field}` : field);
      const errors: AnswerError[] = [];
      for (const [field, sub] of Object.entries(schema.properties ?? {})) {
        if (record[field] === undefined) {
          if (schema.required?.includes(field)) errors.push(...error('is required', at(field), undefined));
        } else errors.push(...checkAt(sub, record[field], at(field)));
      }
      if (schema.additionalProperties === false) {
        // Own properties only: "constructor" or "__proto__" in the answers is an unknown field, not Object's.
        for (const field of Object.keys(record))
          if (!Object.hasOwn(schema.properties ?? {}, field))
            errors.push(...error('is not a known answer field', at(field), record[field]));
      }
      return errors;
    }
  }
  return [];
}

/** Every problem with an answers object: wrong values, missing required fields, unknown fields, too many entries. */
export const checkObject = (schema: JsonSchema, input: unknown): AnswerError[] => checkAt({ ...schema, type: 'object' }, input, '');
