import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFS,
  DISPLAY_OPTIONS,
  displayAttributes,
  parseDisplayPrefs,
  serializeDisplayPrefs,
  type DisplayPrefs,
} from '../../src/lib/site/display-prefs';

const bootScript = readFileSync(new URL('../../src/client/display-boot.inline.js', import.meta.url), 'utf8');

/** Runs the inline boot script against a stand-in <html> element and returns the attributes it set. */
function runBoot(stored: string | null): Record<string, string> {
  const attributes: Record<string, string> = {};
  const classes: string[] = [];
  const documentElement = {
    classList: { add: (name: string) => classes.push(name) },
    setAttribute: (name: string, value: string) => (attributes[name] = value),
  };
  runInNewContext(bootScript, {
    document: { documentElement },
    localStorage: { getItem: () => stored },
  });
  expect(classes).toContain('js');
  return attributes;
}

const everyPrefs: DisplayPrefs[] = DISPLAY_OPTIONS.text.flatMap((text) =>
  DISPLAY_OPTIONS.contrast.flatMap((contrast) => DISPLAY_OPTIONS.spacing.map((spacing) => ({ text, contrast, spacing }))),
);

describe('parseDisplayPrefs', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseDisplayPrefs(null)).toEqual(DEFAULT_PREFS);
  });

  it('keeps known values and drops unknown ones field by field', () => {
    expect(parseDisplayPrefs('{"text":"xlarge","contrast":"purple","spacing":"wide","extra":1}')).toEqual({
      text: 'xlarge',
      contrast: 'auto',
      spacing: 'wide',
    });
  });

  it.each(['not json', '[1,2]', '"large"', '42', 'null', '{"text":{"x":1}}'])('falls back to the defaults for %s', (raw) => {
    expect(parseDisplayPrefs(raw)).toEqual(DEFAULT_PREFS);
  });
});

describe('serializeDisplayPrefs', () => {
  it('stores nothing when everything is the default', () => {
    expect(serializeDisplayPrefs(DEFAULT_PREFS)).toBeNull();
  });

  it.each(everyPrefs)('round-trips %o', (prefs) => {
    expect(parseDisplayPrefs(serializeDisplayPrefs(prefs))).toEqual(prefs);
  });
});

describe('displayAttributes', () => {
  it('sets no attribute for the defaults, so the page looks as it does without JavaScript', () => {
    expect(displayAttributes(DEFAULT_PREFS)).toEqual({});
  });

  it('names each changed setting', () => {
    expect(displayAttributes({ text: 'large', contrast: 'high', spacing: 'standard' })).toEqual({
      'data-text': 'large',
      'data-contrast': 'high',
    });
  });
});

describe('the inline boot script', () => {
  it.each(everyPrefs)('sets the same attributes as the controls for %o', (prefs) => {
    expect(runBoot(serializeDisplayPrefs(prefs))).toEqual(displayAttributes(prefs));
  });

  it.each(['garbage', '{"text":"<b>","contrast":"high\\"onload"}', '{"spacing":"wide","text":"huge"}'])(
    'applies only known values from hostile storage %s',
    (raw) => {
      expect(runBoot(raw)).toEqual(displayAttributes(parseDisplayPrefs(raw)));
    },
  );
});
