/** Reads the repository's content/ the way the build does, for tests that check content against sources. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parsePolicyDocument, type PolicyDocument } from '../../src/lib/policy/document';

export const CONTENT = new URL('../../content/', import.meta.url);
export const POLICY_ID = 'wuhua-2018-5';

export function readContent(path: string): string {
  return readFileSync(new URL(path, CONTENT), 'utf8');
}

export function readYaml<T = unknown>(path: string): T {
  return parse(readContent(path), { schema: 'core' }) as T;
}

export function originalText(policyId = POLICY_ID): string {
  return readContent(`policies/${policyId}/original.txt`);
}

export function originalDocument(policyId = POLICY_ID): PolicyDocument {
  return parsePolicyDocument(originalText(policyId));
}

/** The seed the project was handed, where the checkout sits beside ../shared (as in CI). */
export const SEED = new URL('../../../shared/seeds/000_d8ef85d001cc6429.txt', import.meta.url);

/** The front matter and body of every Markdown/MDX file in a content folder, by id (the file name). */
export function readMarkdownFolder(folder: string): Array<{ id: string; data: unknown; body: string }> {
  return readdirSync(new URL(`${folder}/`, CONTENT))
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const text = readContent(`${folder}/${name}`);
      const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
      // YAML 1.1 with timestamps, as Astro reads front matter: unquoted dates arrive as Date objects.
      return { id: name.replace(/\.mdx?$/, ''), data: parse(frontMatter, { schema: 'yaml-1.1' }) as unknown, body };
    });
}
