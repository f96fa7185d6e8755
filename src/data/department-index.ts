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
  /** Support items it handles applications for. */
  handles: Array<{ bundle: PolicyBundle; rule: Rule }>;
}

/**
 * Every department with what it leads, what it supports and what applications it handles,
 * generated from the policies' task and rule data.
 * @returns departments in content/departments.yaml order, only those that appear in some policy
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
  return records.filter((r) => r.leads.length + r.supports.length + r.handles.length > 0);
}
