import type { Department } from '../schemas/department';
import type { Rule } from '../schemas/rule';
import type { Action, Task } from '../schemas/tasks';
import { getDepartmentMap } from './departments';
import { getPolicies, type PolicyBundle } from './policies';

export interface TaskRef {
  bundle: PolicyBundle;
  action: Action;
  task: Task;
}

export interface DepartmentRecord {
  id: string;
  department: Department;
  leads: TaskRef[];
  supports: TaskRef[];
  /** Support items the site suggests asking it about (the plan names no office: reading whom-to-ask). */
  handles: Array<{ bundle: PolicyBundle; rule: Rule }>;
}

/** Chinese names in pinyin order, as a Chinese reader looks them up (区发展和改革局 before 区教育局). */
const byPinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
/** Most names start with 区 (区教育局); sorting on it would put them all under Q. */
const sortName = (name: string) => name.replace(/^区/, '');

/**
 * Every department with what it leads, what it supports and which support items the site suggests
 * asking it about, generated from the policies' task and rule data.
 * @returns departments in pinyin order of their names, only those that appear in some policy
 */
export async function getDepartmentIndex(): Promise<DepartmentRecord[]> {
  const departments = await getDepartmentMap();
  const bundles = await getPolicies();
  const records = [...departments].map(([id, department]): DepartmentRecord => ({ id, department, leads: [], supports: [], handles: [] }));
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const bundle of bundles) {
    for (const action of bundle.actions) {
      for (const task of action.tasks) {
        task.lead.forEach((id) => byId.get(id)?.leads.push({ bundle, action, task }));
        task.support.forEach((id) => byId.get(id)?.supports.push({ bundle, action, task }));
      }
    }
    for (const rule of bundle.rules) byId.get(rule.office)?.handles.push({ bundle, rule });
  }
  return records
    .filter((r) => r.leads.length + r.supports.length + r.handles.length > 0)
    .sort((a, b) => byPinyin.compare(sortName(a.department.name), sortName(b.department.name)));
}
