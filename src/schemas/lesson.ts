import { z } from 'astro/zod';
import { basePageSchema } from './page.ts';
import { slugId } from './common.ts';
import { LawCitationSchema } from './law.ts';

/** School stages the IP lessons are written for. */
export const SCHOOL_STAGES = ['小学', '初中', '高中'] as const;

/** An IP lesson for students (content/ip/lessons/*.mdx). */
export const LessonSchema = basePageSchema.extend({
  stage: z.enum(SCHOOL_STAGES),
  /** Order on the lessons page within its stage. */
  order: z.number().int().min(1),
  /** What the student can do after reading, as short sentences. */
  objectives: z.array(z.string().min(4)).min(2),
  /** Reading time in minutes. */
  minutes: z.number().int().min(3).max(60),
  /** The laws the lesson's facts come from. */
  sources: z.array(LawCitationSchema).min(1),
});

const ActivitySchema = z.object({ minutes: z.number().int().min(1), title: z.string().min(2), detail: z.string().min(10) }).strict();

/** A printable lesson plan for teachers (content/ip/plans/*.mdx); the body holds notes for the teacher. */
export const LessonPlanSchema = basePageSchema
  .extend({
    stage: z.enum(SCHOOL_STAGES),
    /** The student lesson it teaches, by file name. */
    lesson: slugId,
    /** Length of the class in minutes; the activities must add up to it. */
    minutes: z.number().int().min(20).max(120),
    goals: z.array(z.string().min(4)).min(2),
    materials: z.array(z.string().min(2)).min(1),
    activities: z.array(ActivitySchema).min(2),
    questions: z.array(z.string().min(6)).min(3),
    sources: z.array(LawCitationSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    const total = plan.activities.reduce((sum, activity) => sum + activity.minutes, 0);
    if (total !== plan.minutes)
      ctx.addIssue({
        code: 'custom',
        path: ['activities'],
        message: `各环节用时合计 ${total} 分钟，与课时 ${plan.minutes} 分钟不符`,
        input: total,
      });
  });

export type Lesson = z.output<typeof LessonSchema>;
export type LessonPlan = z.output<typeof LessonPlanSchema>;
