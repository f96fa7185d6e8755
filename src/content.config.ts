import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { PageSchema } from './schemas/page';
import { SiteConfigSchema } from './schemas/site';

// All content lives outside src/, in the top-level content/ folder.
const contentRoot = process.env['CONTENT_DIR'] ?? './content';

const site = defineCollection({
  loader: file(`${contentRoot}/site.yaml`),
  schema: SiteConfigSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentRoot}/pages` }),
  schema: PageSchema,
});

export const collections = { site, pages };
