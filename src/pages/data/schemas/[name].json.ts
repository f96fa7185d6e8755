import type { APIRoute } from 'astro';
import { BasesFileSchema, EventsFileSchema, toPublishedSchema } from '../../../schemas/open-data';

const SCHEMAS = { bases: BasesFileSchema, events: EventsFileSchema };

export function getStaticPaths() {
  return Object.keys(SCHEMAS).map((name) => ({ params: { name } }));
}

/** JSON Schema of /data/<name>.json, generated from the zod shape the file is built to. */
export const GET: APIRoute = ({ params, site }) => {
  const name = params['name'] as keyof typeof SCHEMAS;
  const schema = toPublishedSchema(SCHEMAS[name], new URL(`/data/schemas/${name}.json`, site).href);
  return new Response(JSON.stringify(schema, null, 1), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
