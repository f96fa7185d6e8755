import type { APIRoute } from 'astro';
import { answersJsonSchema } from '../../schemas/answers';

/** JSON Schema of the checker's answers (generated from the zod schema), for the CLI and other tools. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(answersJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
