import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, type ScratchBuild } from '../../scripts/lib/scratch-build';
import { LAUNCH_SITE_URL, makeLaunchReady } from '../helpers/launch-ready';

// One real build of content that passes the launch check (tests/helpers/launch-ready.ts), at a
// real-looking address: what the check asked for reaches the pages, and nothing it looks for is left.
const WORK = '.cache/launch-ready';

let build: ScratchBuild;
beforeAll(() => {
  build = buildWithContent(WORK, makeLaunchReady, { SITE_URL: LAUNCH_SITE_URL });
}, 300_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(build.dist, path), 'utf8');
/** Every file the build wrote that a visitor or a crawler reads as text. */
const textFiles = () =>
  readdirSync(build.dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|txt|json|ics|csv)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

describe('a build of launch-ready content', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  it('shows the 备案 numbers and the 网站标识码 in every page footer', () => {
    const footer = load(read('index.html'))('footer').text();
    expect(footer).toContain('滇ICP备2026001234号-1');
    expect(footer).toContain('滇公网安备53010202000123号');
    expect(footer).toContain('网站标识码：5301020001');
    expect(footer).toContain('五华区科学技术局');
  });

  it('gives security.txt the security contact and the real address, with no placeholder comment', () => {
    const text = read('.well-known/security.txt');
    expect(text).toContain('Contact: mailto:security@wuhua.gov.cn');
    expect(text).toContain(`Canonical: ${LAUNCH_SITE_URL}/.well-known/security.txt`);
    expect(text).not.toContain('待主办单位');
  });

  it('names the present-day department on each renamed department page, and the index says so', () => {
    expect(load(read('policy/departments/finance-bureau/index.html'))('main').text()).toContain(
      '现在承担这项工作的部门：五华区财政局（依据：',
    );
    const index = load(read('policy/departments/index.html'))('main').text();
    expect(index).toContain('现在承担工作的部门写在各部门的页面上');
  });

  it('leaves no placeholder wording, sample badge or example address on any page or data file', () => {
    const leftovers = textFiles().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return ['待主办单位', 'class="sample-badge"', 'wuhua-kexie.example']
        .filter((word) => text.includes(word))
        .map((word) => `${file}: ${word}`);
    });
    expect(leftovers).toEqual([]);
  });
});
