/**
 * What `npm run screenshots` takes: every page template the browser tests know (tests/e2e/fixtures.ts,
 * so a new template is photographed as soon as it is tested) at each setting below, and the contact
 * sheet that shows them side by side. Pure: the runner is scripts/screenshots.ts.
 */
import { serializeDisplayPrefs, DEFAULT_PREFS, type DisplayPrefs } from '../../src/lib/site/display-prefs.ts';
import { TEMPLATES } from '../../tests/e2e/fixtures.ts';

export type Template = (typeof TEMPLATES)[number];

export interface ScreenshotSetting {
  id: string;
  /** Caption on the contact sheet. */
  label: string;
  viewport: { width: number; height: number };
  /** Stored display preferences (the value the display controls write to localStorage), or null for defaults. */
  display: string | null;
}

function display(prefs: Partial<DisplayPrefs>): string | null {
  return serializeDisplayPrefs({ ...DEFAULT_PREFS, ...prefs });
}

/** The common small phone, the desktop the tests use, and the phone as the readers who need it most set it. */
export const SCREENSHOT_SETTINGS: readonly ScreenshotSetting[] = [
  { id: '375', label: '375 px', viewport: { width: 375, height: 667 }, display: null },
  { id: '1280', label: '1280 px', viewport: { width: 1280, height: 800 }, display: null },
  {
    id: '375-xlarge-high',
    label: '375 px，特大字号 + 高对比度',
    viewport: { width: 375, height: 667 },
    display: display({ text: 'xlarge', contrast: 'high' }),
  },
];

export interface Shot {
  template: Template;
  setting: ScreenshotSetting;
  /** PNG file name, relative to the output folder. */
  file: string;
}

/** "explainer with charts" → "explainer-with-charts". */
function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** One page per path: a URL listed under two names (/checker/) is photographed once, captioned with both. */
function uniquePages(templates: readonly Template[]): Template[] {
  const byPath = new Map<string, Template>();
  for (const template of templates) {
    const seen = byPath.get(template.path);
    byPath.set(template.path, seen ? { ...seen, name: `${seen.name} / ${template.name}` } : template);
  }
  return [...byPath.values()];
}

/**
 * Every template at every setting. `only` (template names or paths) limits the run, for a quick look;
 * naming a template that does not exist is an error, so a typo does not photograph nothing.
 */
export function screenshotPlan(only: readonly string[] = [], templates: readonly Template[] = TEMPLATES): Shot[] {
  const unknown = only.filter((wanted) => !templates.some((t) => t.name === wanted || t.path === wanted));
  if (unknown.length)
    throw new Error(
      `No page template named ${unknown.map((u) => `"${u}"`).join(', ')}. Templates: ${templates.map((t) => t.name).join(', ')}`,
    );
  const chosen = uniquePages(only.length ? templates.filter((t) => only.includes(t.name) || only.includes(t.path)) : templates);
  return chosen.flatMap((template) =>
    SCREENSHOT_SETTINGS.map((setting) => ({ template, setting, file: `${slug(template.name)}--${setting.id}.png` })),
  );
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The contact sheet: one row per template, one captioned picture per setting, linked to the full-size PNG. */
export function contactSheet(shots: readonly Shot[], taken: string): string {
  const rows = [...new Set(shots.map((shot) => shot.template))].map((template) => {
    const figures = shots
      .filter((shot) => shot.template === template)
      .map((shot) => {
        const file = encodeURI(shot.file);
        const caption = `${template.name} · ${shot.setting.label}`;
        return `<figure><figcaption>${escapeHtml(caption)}</figcaption><div class="shot"><a href="${file}"><img src="${file}" alt="${escapeHtml(caption)}" loading="lazy" width="${shot.setting.viewport.width < 640 ? 188 : 320}"></a></div></figure>`;
      })
      .join('\n');
    return `<section><h2>${escapeHtml(template.name)} <code>${escapeHtml(template.path)}</code></h2>\n<div class="row">${figures}</div></section>`;
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Screenshots of every page template</title>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 1rem; }
.row { display: flex; gap: 1rem; align-items: flex-start; overflow-x: auto; }
figure { margin: 0; }
/* Long pages scroll inside their frame, so a row stays about a screen high. */
.shot { width: max-content; max-height: 36rem; overflow-y: auto; border: 1px solid #888; }
img { display: block; height: auto; }
figcaption { font-size: 0.85rem; max-width: 20rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.1rem; margin-top: 2rem; }
</style>
</head>
<body>
<h1>Screenshots of every page template</h1>
<p>Taken ${escapeHtml(taken)} from dist/. Full-page PNGs; click one for full size. For review by eye, not a pixel-diff test.</p>
${rows.join('\n')}
</body>
</html>
`;
}
