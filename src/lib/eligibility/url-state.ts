/**
 * Answers live in the URL query, so a result can be bookmarked or sent and nothing is stored anywhere.
 * A tampered query is read field by field: what is valid is kept, the rest is reported and ignored.
 */
import { checkValue, type JsonSchema } from './json-schema-check.ts';
import type { Draft } from './questions.ts';
import { rowToAnswers } from './roster.ts';

/** Query parameters that are not answers. */
export const CONTROL_PARAMS = ['step'] as const;

/** Writes answers in the order of the schema's fields, so the same answers give the same URL. */
export function draftToQuery(schema: JsonSchema, draft: Draft, step?: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of Object.keys(schema.properties ?? {})) {
    const value = draft[field as keyof Draft];
    if (value === undefined) continue;
    params.set(field, Array.isArray(value) ? value.join(',') : String(value));
  }
  if (step) params.set('step', step);
  return params;
}

/** Reads answers field by field against the answers JSON Schema. */
export function queryToDraft(schema: JsonSchema, params: URLSearchParams): { draft: Draft; ignored: string[] } {
  const draft: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, raw] of params) {
    if ((CONTROL_PARAMS as readonly string[]).includes(key)) continue;
    const fieldSchema = schema.properties?.[key];
    const value = fieldSchema ? rowToAnswers({ [key]: raw })[key] : undefined;
    if (fieldSchema && value === undefined) continue; // an empty parameter is simply no answer
    if (fieldSchema && checkValue(fieldSchema, value) === undefined) draft[key] = value;
    else ignored.push(key);
  }
  return { draft: draft as Draft, ignored: [...new Set(ignored)] };
}
