import { z } from 'astro/zod';
import { slugId } from './common.ts';

/** A department or body named in a policy (content/departments.yaml). */
export const DepartmentSchema = z.object({
  id: slugId,
  /** The name as the policy uses it, corrected where the printed text has a slip. */
  name: z.string().min(2),
  /** Other spellings found in policy texts, mapped to this department. */
  aliases: z.array(z.string().min(2)).default([]),
  kind: z.enum(['bureau', 'office', 'committee', 'company', 'subdistrict', 'association']),
  /** What it does, in a sentence, for the department index. */
  about: z.string().min(4),
  note: z.string().optional(),
  /**
   * The body that does this work now, after the 2019 reform, with the source that says so. Absent: the
   * pages say 待主办单位确认 rather than guess.
   */
  successor: z.object({ name: z.string().min(2), source: z.string().min(4) }).strict().optional(),
});

export type Department = z.output<typeof DepartmentSchema>;
