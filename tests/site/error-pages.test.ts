import { describe, expect, it } from 'vitest';
import { page, site } from '../helpers/built-site';
import { ERROR_CODES, errorPageId } from '../../src/data/error-pages';
import { readMarkdownFolder } from '../helpers/content';

/** Each error page with the title its content file gives (content/pages/error-<code>.md). */
const ERROR_PAGES = ERROR_CODES.map((code) => ({
  code,
  title: (readMarkdownFolder('pages').find((p) => p.id === errorPageId(code))?.data as { title: string }).title,
}));

describe('error pages (deploy/nginx.conf names them in error_page)', () => {
  it.each(ERROR_PAGES.map((e) => [e.code, e]))(
    "/error/%s/ is a Chinese page in the site's look, not indexed, not searchable, linking only by absolute paths",
    (code, error) => {
      const p = page(`/error/${code}/`);
      expect(p.$('h1').text()).toBe(error.title);
      expect(p.$('html').attr('lang')).toBe('zh-CN');
      expect(p.$('meta[name="robots"]').attr('content')).toBe('noindex');
      // Served at whatever address failed, it names no URL of its own.
      expect(p.$('link[rel="canonical"], meta[property="og:url"]')).toHaveLength(0);
      expect(p.$('[data-pagefind-body]')).toHaveLength(0);
      // The same header and footer as every page.
      expect(p.$('header').length).toBeGreaterThan(0);
      expect(p.$('footer').length).toBeGreaterThan(0);
      // nginx serves it at whatever address failed, so a relative link or asset would point elsewhere.
      const references = p
        .$('a[href], link[href], script[src], img[src]')
        .toArray()
        .map((el) => p.$(el).attr('href') ?? p.$(el).attr('src') ?? '');
      expect(references.filter((r) => !/^(\/|#|https?:|mailto:|tel:|data:)/.test(r))).toEqual([]);
    },
  );

  it('are all in the build, and none is in sitemap.xml', () => {
    const sitemap = site.read('/sitemap.xml')?.toString('utf8') ?? '';
    for (const { code } of ERROR_PAGES) {
      expect(site.pageAt(`/error/${code}/`), code).toBeDefined();
      expect(sitemap).not.toContain(`/error/${code}/`);
    }
  });
});
