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
  successor: z
    .object({ name: z.string().min(2), source: z.string().min(4) })
    .strict()
    .optional(),
});

/**
 * Government departments were renamed or merged in the 2019 reform; 街道, companies and the 科协 were not.
 * Pages name the successor of these kinds, or say 待主办单位确认 while it is missing.
 */
export const RENAMED_BY_REFORM: ReadonlySet<string> = new Set(['bureau', 'office', 'committee']);

/** True while a department's page says 待主办单位确认 for the body that does its work now. */
export const awaitsSuccessor = (department: { kind: string; successor?: unknown }): boolean =>
  RENAMED_BY_REFORM.has(department.kind) && department.successor === undefined;

export type Department = z.output<typeof DepartmentSchema>;
