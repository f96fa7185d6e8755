/**
 * The fields a zod object schema describes, as dotted paths to its leaves ("venue.base",
 * "registration.deadline"), each with whether every entry must have it. Documentation tables are
 * compared with this list, so a field added to a schema shows up as missing from the docs.
 */
import type { z } from 'astro/zod';

export interface SchemaField {
  path: string;
  /** True when the field and every object around it must be present (no optional, no default). */
  required: boolean;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** Strips wrappers that do not change which fields there are; says whether one made the value optional. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
      optional ||= def.type !== 'nullable';
      inner = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') inner = def.in as z.ZodType;
    else return { inner, optional };
  }
}

/**
 * Leaves are anything that is not an object (arrays, enums, strings, dates). A union of objects is
 * the union of their fields; a field is required only if every alternative requires it.
 */
export function schemaFields(schema: z.ZodType, prefix = '', parentRequired = true): SchemaField[] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object') {
    return Object.entries(def.shape ?? {}).flatMap(([key, value]) => {
      const { inner: child, optional } = unwrap(value);
      const path = prefix ? `${prefix}.${key}` : key;
      const childDef = defOf(child);
      const required = parentRequired && !optional;
      if (
        childDef.type === 'object' ||
        (childDef.type === 'union' && (childDef.options ?? []).every((o) => defOf(unwrap(o).inner).type === 'object'))
      )
        return schemaFields(child, path, required);
      return [{ path, required }];
    });
  }
  if (def.type === 'union') {
    const alternatives = (def.options ?? []).map((option) => schemaFields(option, prefix, parentRequired));
    const paths = [...new Set(alternatives.flat().map((f) => f.path))];
    return paths.map((path) => ({ path, required: alternatives.every((fields) => fields.some((f) => f.path === path && f.required)) }));
  }
  return [{ path: prefix, required: parentRequired }];
}
