import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_TEXT, sentencesIn } from '../helpers/page-words';

/**
 * Page words live in content/ (content/pages/, content/pages/words/, the sections' own YAML), where an
 * editor finds them, and not in code. This test lists every Chinese sentence a reader sees that is
 * written in a page, component, layout or data helper instead.
 *
 * The rule (tests/helpers/page-words.ts has the details): a sentence is text holding a Chinese character
 * that ends a sentence (。！？) or runs to LONG_TEXT Chinese characters; in .astro files the text between
 * block tags (links and other inline tags do not split it, `{…}` expressions count as part of it) and
 * every string literal and a component's quoted props; in .ts files every string literal. The labels of
 * controls (<button>, <label>, <legend>, <option>, <summary>) and HTML attribute values (aria-label, title,
 * alt) are not looked at.
 *
 * Looked at: src/pages, src/components, src/layouts and src/data, the code that writes what a page says.
 * Not looked at: src/lib (logic: the sentences it composes from data, such as eligibility reasons and
 * event statuses, and the errors it gives editors running imports and builds), src/client (browser code:
 * the status messages of the checker, filters and quiz, which belong to those controls), src/schemas
 * (validation errors for editors), src/loaders and src/plugins.
 */
const LOOKED_AT = ['src/pages', 'src/components', 'src/layouts', 'src/data'];

/**
 * Sentences that stay in code on purpose, each with its reason: [file, the start of the sentence, why].
 * Keep this short; "it was easier" is never a reason.
 */
const STAYS_IN_CODE: ReadonlyArray<[file: string, starts: string, why: string]> = [
  ['src/pages/checker/batch.astro', 'CSV 文件（UTF-8', 'the hint of the file control, read with it (aria-describedby)'],
  ['src/components/common/TermLink.astro', '{term && 什么是', 'the text of a link to the glossary, a label named by the term it links'],
  ['src/components/bases/BaseFilterForm.astro', '开放时间按北京时间', 'the hint of the filter’s opening-hours controls, inside the form'],
  ['src/components/bases/BaseFilterForm.astro', '按远近排序时', 'the hint of the sort-by-distance button, inside the form'],
  ['src/components/bases/BaseListing.astro', '共{total}处', 'the list’s count, built from numbers'],
  ['src/components/events/CampaignDateRules.astro', '{years(era)}，', 'a campaign’s date rule, built from its fields in content/campaigns'],
  ['src/components/events/CampaignDates.astro', '{dates ?', 'a campaign’s date, built from its rule in content/campaigns'],
  ['src/components/events/EventFacts.astro', "{where.kind === 'online' ? 线上举行", 'an event’s place, built from its fields'],
  ['src/components/events/EventFacts.astro', '{registration ?', 'an event’s registration, built from its fields'],
  ['src/components/home/PolicyStatusLine.astro', '计划期限{', 'a policy’s term, built from policy.yaml'],
  // Sample-data notices go with the sample entries at launch. Written in content, their wording would be
  // flagged by the launch check (src/lib/launch-check.ts, 演示数据) after the samples had gone.
  ['src/data/bases.ts', '这是演示名录。', 'sample-data notice over the places list'],
  ['src/data/bases.ts', '标有“示例数据”', 'sample-data notice over the places list'],
  ['src/data/events.ts', '（示例数据：', 'sample-data note in a fictional event’s calendar entry'],
  ['src/data/events.ts', '时间、地点都不是真实安排。', 'sample-data notice on a fictional, cancelled event'],
  ['src/data/events.ts', '时间、地点和参加办法', 'sample-data notice on a fictional event'],
  ['src/data/events.ts', '时间、地点和报名方式', 'sample-data notice over the events list'],
  ['src/data/events.ts', '并没有真实举办过。', 'sample-data notice over past events'],
  ['src/pages/bases/[id].astro', '名称、地址、电话和认定情况', 'sample-data notice on a fictional place'],
  ['src/pages/data/bases.json.ts', '标有 "sample": true', 'sample-data note in the places JSON file'],
  ['src/pages/data/events.json.ts', '标有 "sample": true', 'sample-data note in the events JSON file'],
];

/**
 * Sentences not yet moved to content: sentence count per file. The test fails when a file gains a
 * sentence, and when one moves out without its count here going down, so this list only shrinks. Empty
 * now: the last two (the 翻一番 words and the 一图读懂 caption) went to goals.yaml and the page words.
 */
const NOT_YET_MOVED: Readonly<Record<string, number>> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(astro|ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Whether `text` begins with `start`, whatever spaces and brackets a formatter puts between the words. */
const beginsWith = (text: string, start: string) => text.replace(/[\s()]/g, '').startsWith(start.replace(/[\s()]/g, ''));
const kept = (file: string, text: string) => STAYS_IN_CODE.some(([f, starts]) => f === file && beginsWith(text, starts));
const found = LOOKED_AT.flatMap(sourceFiles).flatMap((file) => sentencesIn(file, readFileSync(file, 'utf8')).map((s) => ({ file, ...s })));

describe('the words readers see live in content, not in code', () => {
  it('no page, component, layout or data helper writes a Chinese sentence, apart from the listed ones', () => {
    const counts = new Map<string, number>();
    for (const { file } of found.filter((s) => !kept(s.file, s.text))) counts.set(file, (counts.get(file) ?? 0) + 1);
    const offenders = [...counts]
      .filter(([file, count]) => count !== (NOT_YET_MOVED[file] ?? 0))
      .flatMap(([file, count]) =>
        found
          .filter((s) => s.file === file && !kept(s.file, s.text))
          .map((s) => `${file}:${s.line} (${count} here, ${NOT_YET_MOVED[file] ?? 0} allowed): ${s.text.slice(0, 60)}`),
      );
    expect(offenders).toEqual([]);
  });

  it('each file on the not-yet-moved list still has that many sentences, so the list cannot go stale', () => {
    const stale = Object.entries(NOT_YET_MOVED).filter(
      ([file, count]) => found.filter((s) => s.file === file && !kept(s.file, s.text)).length !== count,
    );
    expect(stale).toEqual([]);
  });

  it('each sentence kept in code still stands where the list says', () => {
    const stale = STAYS_IN_CODE.filter(([file, starts]) => !found.some((s) => s.file === file && beginsWith(s.text, starts)));
    expect(stale).toEqual([]);
  });
});

describe('the rule finds what it should and nothing else', () => {
  const astro = (markup: string, front = '') => sentencesIn('x.astro', `---\n${front}\n---\n${markup}`).map((s) => s.text);

  it('finds a planted sentence in markup, with its inline links and expressions as one sentence', () => {
    expect(astro('<p class="prose">先看<a href="/x/">这里</a>，再看{count}项。</p>')).toEqual(['先看这里，再看{count}项。']);
    expect(astro('<div>\n  <h2>标题</h2>\n  <p>这是一句话！</p>\n</div>')).toEqual(['这是一句话！']);
  });

  it('finds sentences in string literals of the front matter, of component props and of .ts files', () => {
    expect(astro("<Entry links={[{ hint: '回答几个问题，看看结果。' }]} />")).toEqual(['回答几个问题，看看结果。']);
    expect(astro('<p>{x}</p>', "const note = '这是一句话。';")).toEqual(['这是一句话。']);
    expect(sentencesIn('x.ts', "// 注释里的句子。\nconst a = `共${n}项，请查看。`;\nconst b = '短标签';").map((s) => s.text)).toEqual([
      '共${n}项，请查看。',
    ]);
  });

  it('counts long text without a full stop as a sentence, and short labels and headings as none', () => {
    const long = '甲'.repeat(LONG_TEXT);
    expect(astro(`<p>${long}</p><h2>表格怎么填</h2><th>扶持项目</th>`)).toEqual([long]);
  });

  it('leaves control labels, attributes, comments, scripts and styles alone', () => {
    const markup = [
      '<button type="button">这是按钮。</button>',
      '<label for="f">选择文件。</label>',
      '<summary>展开看看？</summary>',
      '<nav aria-label="这不是句子。" title="也不是。"></nav>',
      '<!-- 注释。 -->',
      '{/* 注释。 */}',
      '<script>const s = "脚本。";</script>',
    ].join('\n');
    expect(astro(markup)).toEqual([]);
  });

  it('gives the line a sentence starts on', () => {
    expect(sentencesIn('x.astro', '---\nconst a = 1;\n---\n<h1>标题</h1>\n<p>\n  第二段。\n</p>').map((s) => s.line)).toEqual([6]);
  });
});
