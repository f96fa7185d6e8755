import { z } from 'astro/zod';
import { oneOf, slugId } from './common.ts';
import { ArticleCitationSchema } from './law.ts';
import { SCHOOL_STAGES } from './lesson.ts';

/** One question of the IP quiz bank (content/ip/quiz.yaml). */
export const QuizQuestionSchema = z
  .object({
    id: slugId,
    question: z.string().min(6),
    /** Two to five answers. The quiz shuffles them in every round, so none may depend on its place (选项A, 以上都对). */
    options: z.array(z.string().min(1)).min(2).max(5),
    /** The right answer: one of the options, written the same way. */
    answer: z.string().min(1),
    /** Why, in a sentence or two, shown in the review at the end. */
    explanation: z.string().min(10),
    /** The article the answer and explanation rest on; it must be listed in content/ip/laws.yaml. */
    source: ArticleCitationSchema,
    /** Stages the question suits; the quiz can draw by stage. */
    stages: z.array(oneOf(SCHOOL_STAGES, '学段')).min(1),
    /** A protection term (content/ip/protection-terms.yaml) the answer states; checked against it. */
    term: slugId.optional(),
  })
  .strict()
  .superRefine((question, ctx) => {
    if (new Set(question.options).size !== question.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选项有重复', input: question.options });
    if (!question.options.includes(question.answer))
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `答案不是选项之一（选项：${question.options.join('、')}）`,
        input: question.answer,
      });
  });

export type QuizQuestion = z.output<typeof QuizQuestionSchema>;
