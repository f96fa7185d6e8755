/**
 * A read-only model of the built site in dist/: its HTML pages, parsed once, and the files they load.
 * The post-build checks and their unit tests both work on this model.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface DistPage {
  /** Path of the file relative to dist/, with forward slashes ("policy/index.html"). */
  file: string;
  /** The URL path the page is served at ("/policy/"). */
  urlPath: string;
  html: string;
  $: cheerio.CheerioAPI;
}

export interface DistSite {
  root: string;
  pages: DistPage[];
  /** Reads a file by URL path, or undefined when dist/ has no such file. */
  read(urlPath: string): Buffer | undefined;
  /** The page served at a URL path, resolving "/x/" to "x/index.html". */
  pageAt(urlPath: string): DistPage | undefined;
}

/** "/x/index.html" and "/x/" are the same page; "/404.html" is served as is. */
function fileToUrlPath(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

function urlPathToFiles(urlPath: string): string[] {
  const clean = decodeURIComponent(urlPath.replace(/^\/+/, ''));
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  return [clean, `${clean}/index.html`, `${clean}.html`];
}

function walk(dir: string, skip: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) out.push(...walk(path, skip));
    else out.push(path);
  }
  return out;
}

function pageFromHtml(file: string, html: string): DistPage {
  return { file, urlPath: fileToUrlPath(file), html, $: cheerio.load(html) };
}

/** Loads every HTML page in dist/ except Pagefind's own output. */
export function loadDistSite(root: string): DistSite {
  if (!existsSync(root)) throw new Error(`${root} does not exist: run the build first (npm run build).`);
  const files = walk(root, (path) => path === join(root, 'pagefind'))
    .filter((path) => path.endsWith('.html'))
    .map((path) => relative(root, path).split(sep).join(posix.sep))
    .sort();
  const pages = files.map((file) => pageFromHtml(file, readFileSync(join(root, file), 'utf8')));
  const byFile = new Map(pages.map((page) => [page.file, page]));
  return {
    root,
    pages,
    read(urlPath) {
      for (const file of urlPathToFiles(urlPath)) {
        const path = join(root, file);
        if (existsSync(path) && statSync(path).isFile()) return readFileSync(path);
      }
      return undefined;
    },
    pageAt(urlPath) {
      for (const file of urlPathToFiles(urlPath)) {
        const page = byFile.get(file);
        if (page) return page;
      }
      return undefined;
    },
  };
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}
