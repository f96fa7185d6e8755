import { z } from 'astro/zod';
import { clauseId, slugId } from './common.ts';

export const FaqAudience = z.enum(['citizen', 'enterprise', 'school', 'institution', 'talent']);

export const FaqItemSchema = z.object({
  id: slugId,
  question: z.string().min(4),
  /** The answer in plain words (Markdown: paragraphs, lists and links). */
  answer: z.string().min(10),
  audiences: z.array(FaqAudience).min(1),
  /** Clauses the answer rests on. */
  cites: z.array(clauseId).default([]),
  /** 本站理解 the answer rests on: ids from the policy's readings.yaml, shown with the answer. */
  readings: z.array(slugId).default([]),
});

/** content/policies/<id>/faq.yaml: 一问一答 for one policy. */
export const FaqSchema = z.object({ questions: z.array(FaqItemSchema).min(1) });

export type FaqItem = z.output<typeof FaqItemSchema>;
export type FaqAudience = z.output<typeof FaqAudience>;
