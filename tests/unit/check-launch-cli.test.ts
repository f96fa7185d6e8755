import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareScratchTree } from '../../scripts/lib/scratch-build';
import { readBaseRecords } from '../../scripts/lib/bases-files';
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
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: environment(env) });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
const checkLaunch = (env: NodeJS.ProcessEnv = {}) => run(NODE, ['scripts/check-launch.ts'], env);

describe('npm run check:launch', () => {
  it('fails on the shipped content, naming each thing to change with where it is and how many', () => {
    const { status, output } = checkLaunch();
    expect(status).toBe(1);
    const samplePlaces = readBaseRecords('content/bases').filter((place) => place.sample);
    const sampleEvents = readMarkdownFolder('events').filter((event) => (event.data as { sample: boolean }).sample);
    expect(samplePlaces.length).toBeGreaterThan(0);
    expect(sampleEvents.length).toBeGreaterThan(0);
    expect(output).toContain('没有设置 SITE_URL');
    expect(output).toContain('content/site.yaml：contactIsPlaceholder: true');
    expect(output).toContain('content/site.yaml：filing');
    expect(output).toContain('content/site.yaml：siteCode');
    expect(output).toContain('content/site.yaml：securityContact');
    expect(output).toContain(`基地与实验室名录里还有 ${samplePlaces.length} 条示例数据`);
    for (const place of samplePlaces) expect(output).toContain(`- ${place.id}（${place.name}）`);
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
    expect(checkLaunch({ SITE_URL: 'https://wuhua-kexie.example' }).output).toContain('SITE_URL 是示例或本机地址（值：https://wuhua-kexie.example）');
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
