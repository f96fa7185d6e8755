import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithContent } from '../../scripts/lib/scratch-build';

// A real build over a copy of content/ whose lesson cites an article that laws.yaml does not list.
const WORK = '.cache/ip-bad-citation';

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('the build stops on a citation that is not in laws.yaml', { timeout: 180_000 }, () => {
  it('a <LawRef> to an unlisted article names the file, the tag and the article', () => {
    const { status, output } = buildWithContent(join(WORK, 'unlisted-article'), (content) => {
      const path = join(content, 'ip/lessons/senior.mdx');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(
          '<LawRef law="patent-law" article="第四十四条" />',
          '<LawRef law="patent-law" article="第四十六条" />',
        ),
      );
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /lessons\/senior\.mdx: field body <LawRef law="patent-law" article="第四十六条" \/>: 专利法第四十六条 is not listed under "patent-law" in content\/ip\/laws\.yaml; .* \(value: "第四十六条"\)/,
    );
  });
});
