/**
 * Reads what the launch check (src/lib/site/launch-check.ts) looks at from a content folder, the way the
 * build reads it: site.yaml, departments.yaml and the places through their schemas (so a broken file
 * stops the check with the build's own message), the events' front matter, and every text file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, normalize } from 'node:path';
import type { z } from 'astro/zod';
import { parseEventFile } from '../../src/lib/events/event-file.ts';
import { formatLaunchReport, launchFindings, type LaunchFinding, type LaunchInput } from '../../src/lib/site/launch-check.ts';
import { checkYamlEntry, parseYamlEntries } from '../../src/lib/content/yaml-entries.ts';
import { BaseEntrySchema } from '../../src/schemas/base.ts';
import { DepartmentSchema } from '../../src/schemas/department.ts';
import { SiteConfigSchema } from '../../src/schemas/site.ts';

const TEXT_FILE = /\.(ya?ml|mdx?)$/;

function yamlList<S extends z.ZodType>(files: string[], schema: S): Array<z.output<S>> {
  const seen = new Map<string, string>();
  return files.flatMap((file) =>
    parseYamlEntries(readFileSync(file, 'utf8'), file, { entries: 'list' }).map((entry) => checkYamlEntry(entry, schema, seen)),
  );
}

/** Every file under `dir`, as paths joined to `dir`, sorted so reports read the same on every machine. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** An event file's title and sample flag, from its front matter read as the events import reads it. */
function readEvent(file: string): { id: string; title: string; sample: boolean } {
  const { data } = parseEventFile(readFileSync(file, 'utf8'), file);
  const { title, sample } = data as { title?: unknown; sample?: unknown };
  return { id: basename(file).replace(TEXT_FILE, ''), title: String(title ?? ''), sample: sample === true };
}

function readLaunchInput(contentDir: string, siteUrl: string | undefined): LaunchInput {
  const dir = normalize(contentDir);
  const siteFile = join(dir, 'site.yaml');
  const [siteEntry] = parseYamlEntries(readFileSync(siteFile, 'utf8'), siteFile, { entries: 'file', fileId: 'main' });
  const site = checkYamlEntry(siteEntry as NonNullable<typeof siteEntry>, SiteConfigSchema, new Map());
  const departments = yamlList([join(dir, 'departments.yaml')], DepartmentSchema);
  // The build takes every YAML list in bases/ (src/content.config.ts), so the check does too.
  const bases = yamlList(
    filesUnder(join(dir, 'bases')).filter((f) => /\.ya?ml$/.test(f)),
    BaseEntrySchema,
  );
  const events = filesUnder(join(dir, 'events'))
    .filter((f) => /\.mdx?$/.test(f))
    .map(readEvent);
  const files = filesUnder(dir)
    .filter((f) => TEXT_FILE.test(f))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  return { siteUrl, site, departments, bases, events, files, contentDir: dir };
}

/** The findings for a content folder and address, and the report that names each. */
export function checkLaunch(contentDir: string, siteUrl: string | undefined): { findings: LaunchFinding[]; report: string } {
  const input = readLaunchInput(contentDir, siteUrl);
  const findings = launchFindings(input);
  return { findings, report: formatLaunchReport(findings, { contentDir: input.contentDir, siteUrl }) };
}

/** Why a release was refused; the report has already been printed. */
export class LaunchRefused extends Error {}

/**
 * The release's preflight: prints the report and throws LaunchRefused while the check lists anything;
 * with `notForLaunch` (a staging server) it prints the report as a warning and lets the release go on.
 */
export function launchPreflight(contentDir: string, siteUrl: string | undefined, { notForLaunch }: { notForLaunch: boolean }): void {
  const { findings, report } = checkLaunch(contentDir, siteUrl);
  if (!findings.length) return;
  if (notForLaunch) {
    console.warn(`${report}\n--not-for-launch：这次发布不是正式上线，以上各项照常构建。\n`);
    return;
  }
  console.error(report);
  throw new LaunchRefused(`上线检查未通过（${findings.length} 项，见上）：改好后再发布；发布到测试或预览服务器请加 --not-for-launch`);
}
