import type { APIRoute } from 'astro';
import { getRuleset } from '../../data/ruleset';
import { answersJsonSchema } from '../../schemas/answers';

/** JSON Schema of the checker's answers (generated from the questions via zod), for the CLI and other tools. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(answersJsonSchema(await getRuleset()), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
