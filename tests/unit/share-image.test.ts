import { describe, expect, it } from 'vitest';
import { missingCharacters, shareImageSvg } from '../../src/lib/site/share-image';

describe('share image cards', () => {
  it('writes the heading, site name and organiser into the SVG, escaped', () => {
    const svg = shareImageSvg({ heading: 'R&D <研发>', siteName: '五华区科技创新与科普', organizer: '五华区科学技术和信息化局' });
    expect(svg).toContain('R&amp;D &lt;研发&gt;');
    expect(svg).toContain('五华区科技创新与科普');
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
  });

  it('shrinks a long heading so it fits the width', () => {
    const size = (heading: string) => Number(/font-size="(\d+)"/.exec(shareImageSvg({ heading, siteName: 'x', organizer: 'y' }))![1]);
    expect(size('活动')).toBe(120);
    expect(size('五华区科技创新与科普网站')).toBeLessThan(120);
    expect(size('五华区科技创新与科普网站') * 12).toBeLessThanOrEqual(1200 - 160);
  });

  it('names each character the font cannot draw, once', () => {
    const has = (cp: number) => cp !== '翥'.codePointAt(0);
    expect(missingCharacters('西翥 西翥', has)).toEqual(['翥']);
    expect(missingCharacters('西山', has)).toEqual([]);
  });
});
