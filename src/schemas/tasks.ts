import { z } from 'astro/zod';
import { clauseId, slugId } from './common.ts';

export const TaskSchema = z.object({
  /** The task group's anchor on the 原文 page ("s3-1-2"). */
  clause: clauseId,
  /** A short name in plain words. */
  title: z.string().min(2),
  plain: z.string().min(10),
  /** 牵头单位 and 责任单位 as department ids (content/departments.yaml), in the original's order. */
  lead: z.array(slugId).min(1),
  support: z.array(slugId).default([]),
});

export const ActionSchema = z.object({
  clause: clauseId,
  /** The action's heading as the original prints it. */
  heading: z.string().min(2),
  plain: z.string().min(10),
  tasks: z.array(TaskSchema).min(1),
});

/** content/policies/<id>/tasks.yaml: the 重点任务 of one policy. */
export const TasksSchema = z.object({ actions: z.array(ActionSchema).min(1) });

export type Task = z.output<typeof TaskSchema>;
export type Action = z.output<typeof ActionSchema>;
