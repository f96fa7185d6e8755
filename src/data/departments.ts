import { getCollection, type CollectionEntry } from 'astro:content';
import type { Department } from '../schemas/department';

let cache: Promise<Map<string, Department>> | undefined;

/** Departments by id (content/departments.yaml), in file order. */
export function getDepartmentMap(): Promise<Map<string, Department>> {
  cache ??= getCollection('departments').then((entries: CollectionEntry<'departments'>[]) => new Map(entries.map((e) => [e.id, e.data])));
  return cache;
}

export const departmentUrl = (id: string) => `/policy/departments/${id}/`;
