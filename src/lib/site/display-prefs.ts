/**
 * Display preferences for older and low-vision readers (适老化): text size, contrast and line spacing.
 * Pure logic shared by the controls and the tests; the inline boot script in
 * src/client/display-boot.inline.js applies the same rules before first paint.
 */

export const STORAGE_KEY = 'wh-display';

export const DISPLAY_OPTIONS = {
  text: ['standard', 'large', 'xlarge'],
  contrast: ['auto', 'standard', 'high'],
  spacing: ['standard', 'wide'],
} as const;

export type DisplaySetting = keyof typeof DISPLAY_OPTIONS;
export type DisplayPrefs = { [K in DisplaySetting]: (typeof DISPLAY_OPTIONS)[K][number] };

export const DEFAULT_PREFS: DisplayPrefs = { text: 'standard', contrast: 'auto', spacing: 'standard' };

const SETTINGS = Object.keys(DISPLAY_OPTIONS) as DisplaySetting[];

function isOption<K extends DisplaySetting>(setting: K, value: unknown): value is DisplayPrefs[K] {
  return (DISPLAY_OPTIONS[setting] as readonly unknown[]).includes(value);
}

/** Reads stored preferences; anything missing, unknown or malformed falls back to the default. */
export function parseDisplayPrefs(raw: string | null | undefined): DisplayPrefs {
  let stored: unknown;
  try {
    stored = raw ? JSON.parse(raw) : {};
  } catch {
    stored = {};
  }
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const prefs = { ...DEFAULT_PREFS };
  for (const setting of SETTINGS) {
    const value = record[setting];
    if (isOption(setting, value)) (prefs as Record<DisplaySetting, string>)[setting] = value;
  }
  return prefs;
}

/** Stores only what differs from the default, so a reset leaves nothing behind. */
export function serializeDisplayPrefs(prefs: DisplayPrefs): string | null {
  const changed = SETTINGS.filter((s) => prefs[s] !== DEFAULT_PREFS[s]).map((s) => [s, prefs[s]]);
  return changed.length ? JSON.stringify(Object.fromEntries(changed)) : null;
}

/**
 * The `data-*` attributes on <html> that the stylesheet keys on. A default value sets no attribute,
 * so the no-JS page and the default page are the same page; `contrast: auto` follows `prefers-contrast`.
 */
export function displayAttributes(prefs: DisplayPrefs): Partial<Record<`data-${DisplaySetting}`, string>> {
  const attributes: Partial<Record<`data-${DisplaySetting}`, string>> = {};
  for (const setting of SETTINGS) {
    if (prefs[setting] !== DEFAULT_PREFS[setting]) attributes[`data-${setting}`] = prefs[setting];
  }
  return attributes;
}
