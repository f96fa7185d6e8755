import { describe, expect, it } from 'vitest';
import { markupOf, wordsReader } from '../../src/lib/content/page-words';

const FILE = 'content/pages/words/example.md';

describe('reading a page’s words', () => {
  const words = wordsReader(FILE, '第一段，见[隐私说明](/privacy/)。\n\n- 甲\n- 乙\n', {
    policyNote: '依据《{title}》（{docNumber}），{status}。',
    seeAlso: '要一次测算很多家？用[批量测算](/checker/batch/)。\n\n想看条件？查看[一览表](/checker/rules/){links}。',
    noScript: '**需要 JavaScript。**\n\n运行 `npm run eligibility`。',
  });

  it('renders Markdown on one line, as Astro writes the page’s own markup', () => {
    expect(words.html('body')).toBe('<p>第一段，见<a href="/privacy/">隐私说明</a>。</p><ul><li>甲</li><li>乙</li></ul>');
    expect(words.html('noScript')).toBe('<p><strong>需要 JavaScript。</strong></p><p>运行 <code>npm run eligibility</code>。</p>');
  });

  it('fills each {name} with its value, escaped as text, or as it is when the page built the markup', () => {
    expect(words.inner('policyNote', { title: 'A<B & "C"', docNumber: '五发〔2018〕5号', status: '已到期' })).toBe(
      '依据《A&lt;B &amp; &quot;C&quot;》（五发〔2018〕5号），已到期。',
    );
    expect(words.paragraphs('seeAlso', { links: markupOf('或<a href="/policy/x/">解读</a>') })).toEqual([
      '要一次测算很多家？用<a href="/checker/batch/">批量测算</a>。',
      '想看条件？查看<a href="/checker/rules/">一览表</a>或<a href="/policy/x/">解读</a>。',
    ]);
    expect(words.text('policyNote', { title: 'A<B', docNumber: '1号', status: '现行有效' })).toBe('依据《A<B》（1号），现行有效。');
  });

  it('stops with the file and field when a {name} has no value', () => {
    expect(() => words.inner('policyNote', { title: 'A' })).toThrow(
      `${FILE} policyNote: "{docNumber}" is not a value this page fills in (it fills: title)`,
    );
  });

  it('stops with the file and field when the page needs words the file does not have', () => {
    expect(() => words.text('guide')).toThrow(`${FILE}: the page needs "guide" in the front matter.`);
    expect(() => wordsReader(FILE, '  \n', {}).html('body')).toThrow(
      `${FILE}: the page needs an introduction (the text under the front matter).`,
    );
  });

  it('stops when words the page styles as one block are several', () => {
    expect(() => words.inner('body')).toThrow(`${FILE}: should be one paragraph or one list, but reads <p>第一段`);
  });
});
