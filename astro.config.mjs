// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { CONTENT_ROOT } from './src/data/content-root.ts';
import { EXAMPLE_SITE_URL } from './src/lib/site/site-url.ts';
import { glossaryHref } from './src/lib/policy/glossary-links.ts';
import { MARKDOWN_FEATURES, sanitizeMarkdown } from './src/lib/content/markdown.ts';
import { glossaryLinks, glossaryLinksLiveReload } from './src/plugins/glossary-links.ts';
import { isKnownUpstreamWarning } from './scripts/lib/build-warnings.ts';

// The display-preferences boot script runs inline in <head> so text size and contrast apply before
// first paint. Astro does not hash `is:inline` scripts, so its hash is declared here from the same file.
const bootScript = readFileSync(new URL('./src/client/display-boot.inline.js', import.meta.url), 'utf8');
const bootHash = `sha256-${createHash('sha256').update(bootScript).digest('base64')}`;

/** Which file the explainers' glossary links come from, and which documents get them. */
const explainerGlossaryLinks = {
  glossaryFile: `${CONTENT_ROOT}/glossary.yaml`,
  /** @param {string} path */
  appliesTo: (path) => /[\\/]explainers[\\/]/.test(path),
};

export default defineConfig({
  site: process.env.SITE_URL ?? EXAMPLE_SITE_URL,
  trailingSlash: 'always',
  // Overridable so a test can build other content without touching the main build's cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // One cacheable stylesheet per page instead of inline <style> blocks.
    inlineStylesheets: 'never',
  },
  markdown: {
    // No code blocks on this site; Shiki's inline styles would clash with the CSP.
    syntaxHighlight: false,
    processor: satteri({
      features: MARKDOWN_FEATURES,
      hastPlugins: [
        // First, so editor Markdown is held to the allowlist before the site's own plugins add to it.
        sanitizeMarkdown,
        // Explainers link the first mention of each glossary term to the glossary page.
        glossaryLinks({ ...explainerGlossaryLinks, href: glossaryHref }),
      ],
    }),
  },
  integrations: [mdx()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' is added on /search/ alone (src/pages/search.astro), where Pagefind runs WebAssembly.
        resources: ["'self'"],
        hashes: [/** @type {`sha256-${string}`} */ (bootHash)],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // In `npm run dev`, explainers pick up glossary edits without a restart.
    plugins: [tailwindcss(), glossaryLinksLiveReload(explainerGlossaryLinks)],
    build: {
      // Keep scripts as external files so every page's CSP needs no inline-script hash but the boot one.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // A build prints no warnings, so a new one is seen (npm test fails on any). The one known upstream
        // warning, https://github.com/withastro/astro/issues/18087 (once per MDX file), is dropped here,
        // narrowly: see isKnownUpstreamWarning. Every other warning goes to Vite's handler as before.
        onwarn(warning, warn) {
          if (!isKnownUpstreamWarning(warning)) warn(warning);
        },
      },
    },
  },
});
