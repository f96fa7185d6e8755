import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchDevServer, waitForText, type ScratchDevServer } from '../../scripts/lib/scratch-dev';

// `npm run dev` over a copy of content/: an edit to any content file shows on the pages that use it
// without a restart. The bound is generous so a loaded machine does not fail it; `npm run bench` times it.
const WORK = '.cache/live-preview';
const PORT = 4414;
const SHOWS_WITHIN_MS = 15_000;

let server: ScratchDevServer;

beforeAll(async () => {
  server = await startScratchDevServer(WORK, PORT, 240_000);
}, 300_000);

afterAll(async () => {
  await server?.stop();
}, 60_000);

/** Replaces `from` with `to` in a file of the copy; `from` must be there, so a content change cannot silently void the test. */
function edit(file: string, from: string, to: string): void {
  const path = join(server.content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} no longer contains "${from}": update this test`);
  writeFileSync(path, text.replace(from, to));
}

async function html(path: string): Promise<string> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, `${path}: ${server.output().slice(-2000)}`).toBe(200);
  return response.text();
}

/**
 * The page shows `before`; after `from` is replaced by `to` in the file, it shows `after` within the
 * bound (waitForText throws otherwise). `before` and `after` default to `from` and `to`.
 */
async function expectLivePreview(
  path: string,
  file: string,
  [from, to]: [string, string],
  [before, after]: [string, string] = [from, to],
): Promise<void> {
  const page = await html(path);
  expect(page.includes(before), `${path} shows "${before}" before the edit`).toBe(true);
  expect(page.includes(after), `${path} does not show "${after}" before the edit`).toBe(false);
  edit(file, from, to);
  await waitForText(`${server.url}${path}`, after, SHOWS_WITHIN_MS);
}

describe('npm run dev shows content edits without a restart', { timeout: 120_000 }, () => {
  it("a base's description in bases.yaml, in the page and in its search description", async () => {
    await expectLivePreview('/bases/sample-huashan-astronomy/', 'bases/bases.yaml', [
      '用球幕影片和望远镜带大家认识星空',
      '用球幕影片和天文望远镜带大家认识星空',
    ]);
    // The <meta name="description"> comes from the page registry (src/data/site-pages.ts), which caches at module level.
    expect(await html('/bases/sample-huashan-astronomy/')).toMatch(
      /<meta name="description" content="[^"]*用球幕影片和天文望远镜带大家认识星空/,
    );
  });

  it("an event's Markdown body", async () => {
    await expectLivePreview('/events/2026-geology-lecture/', 'events/2026-geology-lecture.md', ['讲座约一个小时', '讲座约一个半小时']);
  });

  // Events resolve their organiser through getAllEvents(), which also caches at module level.
  it("a department's name in departments.yaml, on an event it organises", async () => {
    await expectLivePreview(
      '/events/2026-geology-lecture/',
      'departments.yaml',
      ['name: 区科学技术协会', 'name: 五华区科学技术协会'],
      ['区科学技术协会', '五华区科学技术协会'],
    );
  });

  it('a glossary definition in glossary.yaml', async () => {
    await expectLivePreview('/policy/glossary/', 'glossary.yaml', ['一个地区一年里全社会花在', '一个地区在一年里全社会花在']);
  });

  it('a new glossary alias, in the term links of an explainer', async () => {
    // The goals explainer says 创业空间 before 众创空间: as an alias of 众创空间 it takes the term's one link.
    await expectLivePreview(
      '/policy/wuhua-2018-5/goals/',
      'glossary.yaml',
      ['term: 众创空间\n', 'term: 众创空间\n  aliases: [创业空间]\n'],
      ['>众创空间</a>', '>创业空间</a>'],
    );
  });

  it('an FAQ question in a policy folder', async () => {
    await expectLivePreview('/policy/wuhua-2018-5/faq/', 'policies/wuhua-2018-5/faq.yaml', [
      '这个政策现在还有效吗？',
      '这项政策现在还有效吗？',
    ]);
  });

  it("a support item's title in content/rules, in the checker's rules", async () => {
    await expectLivePreview(
      '/checker/rules/',
      'rules/hte.yaml',
      ['title: 高新技术企业再认定扶持', 'title: 高新技术企业重新认定扶持'],
      ['高新技术企业再认定扶持', '高新技术企业重新认定扶持'],
    );
  });

  it('a new base added to bases.yaml gets its page', async () => {
    const path = '/bases/sample-live-preview-lab/';
    expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    const file = join(server.content, 'bases/bases.yaml');
    const text = readFileSync(file, 'utf8');
    const first = /^- id: sample-huashan-astronomy\n(?: {2}.*\n|\n)+/m.exec(text)?.[0];
    if (!first) throw new Error(`${file}: the first base is not where this test expects it`);
    writeFileSync(
      file,
      text + first.replace('id: sample-huashan-astronomy', 'id: sample-live-preview-lab').replace(/name: .*/, 'name: 示例·实时预览实验室'),
    );
    await waitForText(`${server.url}${path}`, '示例·实时预览实验室', SHOWS_WITHIN_MS);
  });

  it('a bad YAML edit is reported naming file, entry, field and value; the page keeps the last good data until it is fixed', async () => {
    const path = '/bases/sample-huashan-astronomy/';
    const logged = server.output().length;
    // One save with a good change and a bad one: neither may show.
    const file = join(server.content, 'bases/bases.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('周末晚上不定期举办观星活动', '每月第一个周六晚上举办观星活动')
        .replace('subdistrict: 华山', 'subdistrict: 华山区'),
    );
    // Entries are numbered in the file's order (sorted by id): count rather than assume.
    const entry = [...readFileSync(file, 'utf8').matchAll(/^- id: (.+)$/gm)].findIndex((m) => m[1] === 'sample-huashan-astronomy') + 1;
    const report = new RegExp(
      `bases/bases\\.yaml \\(entry ${entry}, id sample-huashan-astronomy\\): field subdistrict: .*\\(value: "华山区"\\)`,
    );
    await waitFor(
      () => report.test(server.output().slice(logged)),
      `the dev server's log to report the bad subdistrict:\n${server.output().slice(logged)}`,
    );
    const page = await html(path);
    expect(page).toContain('周末晚上不定期举办观星活动');
    expect(page).not.toContain('每月第一个周六晚上举办观星活动');
    edit('bases/bases.yaml', 'subdistrict: 华山区', 'subdistrict: 华山');
    await waitForText(`${server.url}${path}`, '每月第一个周六晚上举办观星活动', SHOWS_WITHIN_MS);
  });
});

/** Polls `done` until it holds, failing with `what` after the bound. */
async function waitFor(done: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > SHOWS_WITHIN_MS) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
