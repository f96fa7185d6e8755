/**
 * The schema.org vocabulary as schema.org publishes it (schemaorg-current-http.nt, shipped as N-Quads by
 * the @vocabulary/schema package), and a check of JSON-LD against it: every @type is a schema.org type,
 * every property one that schema.org gives that type or one of its supertypes (domainIncludes), no term
 * is superseded, and an enumeration value is the full URL of a member of the property's enumeration.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const RDFS_SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';

export interface SchemaOrgVocabulary {
  classes: Set<string>;
  properties: Map<string, { domains: Set<string>; ranges: Set<string> }>;
  /** Each type's direct supertypes. */
  parents: Map<string, Set<string>>;
  /** The types each term is an instance of: how an enumeration's members are declared. */
  instanceOf: Map<string, Set<string>>;
  superseded: Map<string, string>;
}

const addTo = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => map.set(key, (map.get(key) ?? new Set()).add(value));

/** Reads the vocabulary's triples between IRIs; literals (labels, comments) are not needed. */
export function loadSchemaOrgVocabulary(): SchemaOrgVocabulary {
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const vocabulary: SchemaOrgVocabulary = {
    classes: new Set(),
    properties: new Map(),
    parents: new Map(),
    instanceOf: new Map(),
    superseded: new Map(),
  };
  const property = (name: string) =>
    vocabulary.properties.get(name) ?? vocabulary.properties.set(name, { domains: new Set(), ranges: new Set() }).get(name)!;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const triple = /^<http:\/\/schema\.org\/([^>]+)> <([^>]+)> <([^>]+)>/.exec(line);
    if (!triple) continue;
    const [, subject, predicate, object] = triple as unknown as [string, string, string, string];
    const term = object.startsWith(SCHEMA) ? object.slice(SCHEMA.length) : undefined;
    if (predicate === RDF_TYPE && object === RDFS_CLASS) vocabulary.classes.add(subject);
    else if (predicate === RDF_TYPE && object === RDF_PROPERTY) property(subject);
    else if (predicate === RDF_TYPE && term) addTo(vocabulary.instanceOf, subject, term);
    else if (predicate === RDFS_SUBCLASS_OF && term) addTo(vocabulary.parents, subject, term);
    else if (predicate === `${SCHEMA}domainIncludes` && term) property(subject).domains.add(term);
    else if (predicate === `${SCHEMA}rangeIncludes` && term) property(subject).ranges.add(term);
    else if (predicate === `${SCHEMA}supersededBy` && term) vocabulary.superseded.set(subject, term);
  }
  return vocabulary;
}

/** A type and all its supertypes. */
function lineage(vocabulary: SchemaOrgVocabulary, type: string): Set<string> {
  const seen = new Set<string>();
  const stack = [type];
  while (stack.length) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(vocabulary.parents.get(next) ?? []));
  }
  return seen;
}

const isEnumeration = (vocabulary: SchemaOrgVocabulary, type: string) =>
  type !== 'Enumeration' && lineage(vocabulary, type).has('Enumeration');

/** `query-input` on an Action is schema.org's annotation of its `query` property (schema.org/docs/actions.html). */
const propertyName = (key: string) => /^(.+)-(?:input|output)$/.exec(key)?.[1] ?? key;

/** Every problem in one JSON-LD node and the nodes inside it, each naming the path to it. */
export function schemaOrgProblems(vocabulary: SchemaOrgVocabulary, node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => schemaOrgProblems(vocabulary, item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const problems: string[] = [];
  const record = node as Record<string, unknown>;
  const types = [record['@type'] ?? []].flat().map(String);
  if (!types.length) problems.push(`${path}: no @type`);
  for (const type of types) {
    if (!vocabulary.classes.has(type)) problems.push(`${path}: "${type}" is not a schema.org type`);
    else if (vocabulary.superseded.has(type)) problems.push(`${path}: type ${type} is superseded by ${vocabulary.superseded.get(type)}`);
  }
  const lineages = types.filter((type) => vocabulary.classes.has(type)).map((type) => lineage(vocabulary, type));
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('@')) continue;
    const name = propertyName(key);
    const at = `${path}.${key}`;
    const property = vocabulary.properties.get(name);
    if (!property) {
      problems.push(`${at}: "${name}" is not a schema.org property`);
      continue;
    }
    if (vocabulary.superseded.has(name)) problems.push(`${at}: superseded by ${vocabulary.superseded.get(name)}`);
    if (lineages.length && !lineages.some((types) => [...property.domains].some((domain) => types.has(domain))))
      problems.push(`${at}: not a property of ${types.join(', ')} (schema.org gives it to ${[...property.domains].join(', ')})`);
    const enumerations = [...property.ranges].filter((range) => isEnumeration(vocabulary, range));
    for (const [i, item] of [value].flat().entries()) {
      const itemAt = Array.isArray(value) ? `${at}[${i}]` : at;
      if (typeof item === 'string' && enumerations.length === property.ranges.size)
        problems.push(...enumerationProblems(vocabulary, item, enumerations, itemAt));
      else problems.push(...schemaOrgProblems(vocabulary, item, itemAt));
    }
  }
  return problems;
}

/** A value of an enumeration-only property must be the full URL of one of its members. */
function enumerationProblems(vocabulary: SchemaOrgVocabulary, value: string, enumerations: string[], at: string): string[] {
  const member = /^https:\/\/schema\.org\/(\w+)$/.exec(value)?.[1];
  if (!member)
    return [`${at}: "${value}" should be the full URL of a ${enumerations.join(' or ')} member, e.g. https://schema.org/${value}`];
  const memberOf = [...(vocabulary.instanceOf.get(member) ?? [])].flatMap((type) => [...lineage(vocabulary, type)]);
  return enumerations.some((enumeration) => memberOf.includes(enumeration))
    ? []
    : [`${at}: ${member} is not a ${enumerations.join(' or ')}`];
}
