import { z } from 'astro/zod';

/** Fields every content page carries; page types extend this. */
export const basePageSchema = z.object({
  title: z.string().min(2),
  /** Meta description and search snippet: one or two plain sentences. */
  description: z.string().min(10).max(160),
  /** When the content was last changed in substance; shown as 最后更新. */
  updated: z.coerce.date(),
});

/** Stand-alone pages in content/pages/ (about, privacy, accessibility statement …). */
export const PageSchema = basePageSchema.extend({
  /** Breadcrumb label when it should be shorter than the title. */
  shortTitle: z.string().optional(),
});
