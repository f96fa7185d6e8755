/**
 * Turns a copy of content/ into what it should look like on the day the site goes live: fictional but
 * well-formed contact, 备案 and 网站标识码, every department's present-day name, no sample bases or
 * events, and no placeholder wording. The launch check must pass on it (tests/unit/check-launch-cli.test.ts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { RENAMED_BY_REFORM } from '../../src/schemas/department.ts';

/** A public address as the organiser's would look. */
export const LAUNCH_SITE_URL = 'https://www.wuhua.gov.cn';

const LAUNCH_SITE = {
  organizer: '五华区科学技术局',
  contact: { address: '云南省昆明市五华区人民中路 1 号', phone: '0871-63612345', hours: '工作日 9:00–12:00，13:30–17:30' },
  filing: '滇ICP备2026001234号-1　滇公网安备53010202000123号',
  siteCode: '5301020001',
  securityContact: 'mailto:security@wuhua.gov.cn',
  contactIsPlaceholder: false,
};

/** Sentences that only hold while the organiser's details are missing, and what they become. */
const REWORDED: Array<{ file: string; from: string; to: string }> = [
  { file: 'policies/wuhua-2018-5/readings.yaml', from: '（2019年机构改革后的名称待主办单位确认）', to: '（现为五华区科学技术局）' },
  {
    file: 'pages/about.md',
    from: '基地、实验室和活动信息在主办单位提供正式名录前使用演示数据，并在页面上逐条标明“示例数据”。',
    to: '基地、实验室和活动信息来自主办单位提供的正式名录。',
  },
  { file: 'pages/words/data.md', from: '标有 `"sample": true` 或“示例数据”的条目是虚构的演示数据，不能当作真实信息使用。', to: '' },
  // Once every department's present-day name is in, the wording for names still awaited goes.
  { file: 'pages/words/departments.md', from: 'successorAwaiting: 现在的部门名称待主办单位确认\n', to: '' },
];

function rewrite(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

export function makeLaunchReady(contentDir: string): void {
  rewrite(join(contentDir, 'site.yaml'), (text) => {
    const { organizerNote: _awaitingConfirmation, ...site } = parse(text) as Record<string, unknown>;
    return stringify({ ...site, ...LAUNCH_SITE });
  });

  rewrite(join(contentDir, 'departments.yaml'), (text) =>
    stringify(
      (parse(text) as Array<Record<string, unknown> & { name: string; kind: string }>).map(({ note: _note, ...department }) =>
        RENAMED_BY_REFORM.has(department.kind)
          ? {
              ...department,
              successor: { name: `五华区${department.name.replace(/^区/, '')}`, source: '五华区机构改革实施方案（2019年）' },
            }
          : department,
      ),
    ),
  );

  for (const { file, from, to } of REWORDED) {
    rewrite(join(contentDir, file), (text) => {
      // The content changed under the fixture: say so rather than let the check fail for another reason.
      if (!text.includes(from)) throw new Error(`${file} no longer says “${from}”: update tests/helpers/launch-ready.ts`);
      return text.replace(from, to);
    });
  }

  // The organiser's real lists replace the samples.
  rewrite(join(contentDir, 'bases/bases.yaml'), (text) =>
    stringify((parse(text) as Array<{ sample: boolean }>).filter((base) => !base.sample)),
  );
  const events = join(contentDir, 'events');
  for (const name of readdirSync(events)) {
    if (/^sample: true$/m.test(readFileSync(join(events, name), 'utf8'))) rmSync(join(events, name));
  }
}
