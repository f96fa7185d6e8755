import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { prepareScratchTree } from '../../scripts/lib/scratch-build';
import { readBaseRecords } from '../../scripts/lib/bases-files';
import { LaunchRefused, launchPreflight } from '../../scripts/lib/launch-content';
import { readMarkdownFolder, readYaml } from '../helpers/content';
import { LAUNCH_SITE_URL, makeLaunchReady } from '../helpers/launch-ready';

// The commands as the deployer runs them: on the shipped content, and on a copy made ready for launch.
const NODE = 'node_modules/.bin/node';
const tmp = mkdtempSync(join(tmpdir(), 'check-launch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The environment without SITE_URL or CONTENT_DIR from the caller's shell, plus `env`. */
function environment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { SITE_URL: _site, CONTENT_DIR: _content, ...rest } = process.env;
  return { ...rest, ...env };
}
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = '.') {
  const result = spawnSync(command, args, { encoding: 'utf8', env: environment(env), cwd });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
const checkLaunch = (env: NodeJS.ProcessEnv = {}) => run(NODE, ['scripts/check-launch.ts'], env);

describe('npm run check:launch', () => {
  it('fails on the shipped content, naming each thing to change with where it is and how many', () => {
    const { status, output } = checkLaunch();
    expect(status).toBe(1);
    const sampleBases = readBaseRecords('content/bases').filter((base) => base.sample);
    const sampleEvents = readMarkdownFolder('events').filter((event) => (event.data as { sample: boolean }).sample);
    expect(sampleBases.length).toBeGreaterThan(0);
    expect(sampleEvents.length).toBeGreaterThan(0);
    expect(output).toContain('没有设置 SITE_URL');
    expect(output).toContain('content/site.yaml：contactIsPlaceholder: true');
    expect(output).toContain('content/site.yaml：organizer');
    expect(output).toContain('content/site.yaml：filing');
    expect(output).toContain('content/site.yaml：siteCode');
    expect(output).toContain('content/site.yaml：securityContact');
    expect(output).toContain(`基地与实验室名录里还有 ${sampleBases.length} 条示例数据`);
    for (const base of sampleBases) expect(output).toContain(`- ${base.id}（${base.name}）`);
    expect(output).toContain(`活动里还有 ${sampleEvents.length} 条示例数据`);
    for (const event of sampleEvents) expect(output).toContain(`- ${event.id}（`);
    const departments = readYaml<Array<{ id: string; kind: string; successor?: unknown }>>('departments.yaml');
    const unnamed = departments.filter((d) => ['bureau', 'office', 'committee'].includes(d.kind) && !d.successor);
    expect(output).toContain(`${unnamed.length} 个部门还没有写明机构改革后承担工作的部门`);
    for (const department of unnamed) expect(output).toContain(`- ${department.id}（`);
    // organizerNote, contact.address, contact.phone and filing.
    expect(output).toMatch(/content\/site\.yaml 第 7、9、10、12 行/);
    expect(output).toMatch(/content\/pages\/about\.md 第 \d+ 行/);
    expect(output).toContain('示例网址或邮箱（.example）');
    expect(output).toContain('补零的占位电话号码');
  });

  it('fails on an example or plain-HTTP SITE_URL, and names the value', () => {
    expect(checkLaunch({ SITE_URL: 'https://wuhua-kexie.example' }).output).toContain(
      'SITE_URL 是示例或本机地址（值：https://wuhua-kexie.example）',
    );
    expect(checkLaunch({ SITE_URL: 'http://www.wuhua.gov.cn' }).output).toContain('SITE_URL 不是 https 网址');
  });

  const ready = prepareScratchTree(join(relative('.', tmp), 'ready'), makeLaunchReady);

  it('passes on content made ready for launch with a real-looking address', () => {
    const { status, output } = checkLaunch({ ...ready.env, SITE_URL: LAUNCH_SITE_URL });
    expect(output).toContain('上线检查通过');
    expect(status).toBe(0);
  });

  it('reads the folder CONTENT_DIR names: the ready copy still fails without SITE_URL, on that alone', () => {
    const { status, output } = checkLaunch(ready.env);
    expect(status).toBe(1);
    expect(output).toContain('上线前还有 1 项必须修改');
    expect(output).toContain(`检查的内容目录：${relative('.', ready.content)}`);
  });

  it('stops with exit 2, naming file, field and value, when the content cannot be read as the build reads it', () => {
    const broken = prepareScratchTree(join(relative('.', tmp), 'broken'), (content) => {
      const file = join(content, 'site.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('contactIsPlaceholder: true', 'contactIsPlaceholder: 是'));
    });
    const { status, output } = checkLaunch(broken.env);
    expect(status).toBe(2);
    expect(output).toMatch(/上线检查无法读取内容：.*site\.yaml: field contactIsPlaceholder: .*\(value: "是"\)/);
  });
});

describe('the release preflight', () => {
  it('refuses on the shipped content, printing the report; --not-for-launch prints it as a warning and lets the release go on', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(() => launchPreflight('content', undefined, { notForLaunch: false })).toThrow(LaunchRefused);
      expect(String(error.mock.calls[0]?.[0])).toContain('content/site.yaml：contactIsPlaceholder: true');
      expect(() => launchPreflight('content', undefined, { notForLaunch: true })).not.toThrow();
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/contactIsPlaceholder: true[\s\S]*--not-for-launch：这次发布不是正式上线/);
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });

  it('lets a launch-ready release go on without a word', () => {
    const ready = prepareScratchTree(join(relative('.', tmp), 'preflight-ready'), makeLaunchReady);
    expect(() => launchPreflight(ready.content, LAUNCH_SITE_URL, { notForLaunch: false })).not.toThrow();
  });
});

describe('npm run release', () => {
  // Run in an empty folder holding only a published dist/: should the check ever let the shipped content
  // through, the build there fails at once instead of replacing the worktree's dist/ (npx may not fetch astro).
  it('refuses on the shipped content before building, leaving dist/ as it was', () => {
    const site = join(tmp, 'published');
    mkdirSync(join(site, 'dist'), { recursive: true });
    writeFileSync(join(site, 'dist/index.html'), '上一版');
    const { status, output } = run(
      resolve(NODE),
      [resolve('scripts/release.ts')],
      { CONTENT_DIR: resolve('content'), npm_config_yes: 'false' },
      site,
    );
    expect(output).toContain('content/site.yaml：contactIsPlaceholder: true');
    expect(output).toContain('上线检查未通过');
    expect(output).toContain('Nothing was built');
    expect(status).toBe(1);
    expect(readdirSync(site)).toEqual(['dist']);
    expect(readFileSync(join(site, 'dist/index.html'), 'utf8')).toBe('上一版');
  });

  it('refuses an option it does not know rather than ignore it', () => {
    const { status, output } = run(NODE, ['scripts/release.ts', '--not-for-lunch']);
    expect(status).toBe(2);
    expect(output).toContain('不认识的参数：--not-for-lunch');
  });
});

describe('npm run build:release', () => {
  it('refuses on the shipped content before anything is built, listing each item', () => {
    const { status, output } = run('npm', ['run', 'build:release']);
    expect(status).toBe(1);
    expect(output).toContain('上线前还有');
    expect(output).toContain('content/site.yaml：contactIsPlaceholder: true');
    // `npm run build` never started: its first step is `astro build`.
    expect(output).not.toContain('astro build');
  });
});
