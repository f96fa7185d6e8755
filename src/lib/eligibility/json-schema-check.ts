/**
 * Checks answers in the browser against the JSON Schema that the build generates from the zod
 * AnswersSchema (/data/answers.schema.json). Zod itself would cost the checker half its 15 KB budget;
 * this covers exactly the keywords that schema uses, and a unit test holds it to zod's verdicts.
 */
import type { AnswerError } from './validate-core.ts';

export interface JsonSchema {
  type?: 'object' | 'string' | 'integer' | 'number' | 'array';
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean;
}

const KNOWN = new Set(['type', 'enum', 'minimum', 'maximum', 'minItems', 'items', 'properties', 'required', 'additionalProperties', '$schema', 'title', 'description']);

/** Refuses a schema with keywords this checker does not understand, rather than silently passing. */
export function assertSupported(schema: JsonSchema, path = '#'): void {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`${path}: JSON Schema keyword "${key}" is not supported by the browser check`);
  for (const [name, sub] of Object.entries(schema.properties ?? {})) assertSupported(sub, `${path}/properties/${name}`);
  if (schema.items) assertSupported(schema.items, `${path}/items`);
}

/** Problems with one value, as messages; empty when it conforms. */
export function checkValue(schema: JsonSchema, value: unknown): string | undefined {
  if (schema.enum && !schema.enum.includes(value)) return `must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return 'must be text';
      break;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || (schema.type === 'integer' && !Number.isInteger(value))) return 'must be a whole number';
      if (schema.minimum !== undefined && value < schema.minimum) return `must be at least ${schema.minimum}`;
      if (schema.maximum !== undefined && value > schema.maximum) return `must be at most ${schema.maximum}`;
      break;
    case 'array': {
      if (!Array.isArray(value)) return 'must be a list';
      if (schema.minItems !== undefined && value.length < schema.minItems) return `must have at least ${schema.minItems} item(s)`;
      const bad = schema.items ? value.map((v) => checkValue(schema.items as JsonSchema, v)).find(Boolean) : undefined;
      if (bad) return bad;
      break;
    }
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
      break;
  }
  return undefined;
}

/** Every problem with an answers object: wrong values, missing required fields, unknown fields. */
export function checkObject(schema: JsonSchema, input: unknown): AnswerError[] {
  const shape = checkValue({ type: 'object' }, input);
  if (shape) return [{ field: '(answers)', value: input, message: shape }];
  const record = input as Record<string, unknown>;
  const errors: AnswerError[] = [];
  for (const [field, sub] of Object.entries(schema.properties ?? {})) {
    if (record[field] === undefined) {
      if (schema.required?.includes(field)) errors.push({ field, value: undefined, message: 'is required' });
      continue;
    }
    const message = checkValue(sub, record[field]);
    if (message) errors.push({ field, value: record[field], message });
  }
  if (schema.additionalProperties === false) {
    for (const field of Object.keys(record)) if (!schema.properties?.[field]) errors.push({ field, value: record[field], message: 'is not a known answer field' });
  }
  return errors;
}
