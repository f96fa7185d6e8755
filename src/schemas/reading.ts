import { z } from 'astro/zod';
import { clauseId, slugId } from './common.ts';

/**
 * 本站理解: something a page states that the policy text does not literally say, with the reason the
 * site reads it so. Kept in one file per policy (readings.yaml) so the organiser signs them off in one
 * place; rules, FAQ answers and explainers refer to them by id, and every page shows them with the same
 * visible label.
 */
export const ReadingSchema = z
  .object({
    id: slugId,
    /** The site's reading, in plain words. */
    text: z.string().min(6),
    /** Why: what the text does and does not say, and why the site reads it this way. */
    reason: z.string().min(6),
    /** The clauses it reads. */
    clauses: z.array(clauseId).min(1),
    /**
     * Phrases that state this reading (a date the text never prints, a level it never names). A test fails
     * when one appears on a built page outside the 本站理解 mark.
     */
    markers: z.array(z.string().min(2)).default([]),
  })
  .strict();

/** A one-off 本站理解 kept with the content it reads (a campaign's date rule): what the site reads, and why. */
export const ReadingNoteSchema = z.object({ text: z.string().min(6), reason: z.string().min(6) }).strict();

/** content/policies/<id>/readings.yaml. */
export const ReadingsFileSchema = z.object({ readings: z.array(ReadingSchema) }).strict();

export type Reading = z.output<typeof ReadingSchema>;
