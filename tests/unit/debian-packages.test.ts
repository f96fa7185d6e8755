import { describe, expect, it } from 'vitest';
import { ensureDebianPackages, type System } from '../../scripts/lib/debian-packages.ts';

function machine(options: { root: boolean; apt: boolean; installs?: boolean }) {
  let present = false;
  const calls: string[][] = [];
  const system: System = {
    isRoot: () => options.root,
    hasAptGet: () => options.apt,
    aptGet: (args) => {
      calls.push(args);
      if (args[0] === 'install' && options.installs !== false) present = true;
    },
    log: () => {},
  };
  const need = { what: 'Chinese font', packages: ['fonts-noto-cjk'], isPresent: () => present };
  return { system, need, calls, makePresent: () => (present = true) };
}

describe('ensureDebianPackages', () => {
  it('does nothing when the thing is there', () => {
    const m = machine({ root: true, apt: true });
    m.makePresent();
    expect(ensureDebianPackages(m.need, m.system)).toBe(false);
    expect(m.calls).toEqual([]);
  });

  it('installs the packages with apt-get as root', () => {
    const m = machine({ root: true, apt: true });
    expect(ensureDebianPackages(m.need, m.system)).toBe(true);
    expect(m.calls).toEqual([
      ['update', '-qq'],
      ['install', '-y', '-qq', '--no-install-recommends', 'fonts-noto-cjk'],
    ]);
  });

  it('says exactly what to install when not root, and installs nothing', () => {
    const m = machine({ root: false, apt: true });
    expect(() => ensureDebianPackages({ ...m.need, otherwise: 'or set FONT_PATH.' }, m.system)).toThrow(
      "No Chinese font. Install Debian's fonts-noto-cjk as root:\n    apt-get update && apt-get install -y fonts-noto-cjk\nor set FONT_PATH.",
    );
    expect(m.calls).toEqual([]);
  });

  it('says what to install where there is no apt-get', () => {
    const m = machine({ root: true, apt: false });
    expect(() => ensureDebianPackages(m.need, m.system)).toThrow(/apt-get install -y fonts-noto-cjk/);
    expect(m.calls).toEqual([]);
  });

  it('fails when apt-get ran but the thing is still missing', () => {
    const m = machine({ root: true, apt: true, installs: false });
    expect(() => ensureDebianPackages(m.need, m.system)).toThrow('apt-get finished, but there is still no Chinese font.');
  });
});
