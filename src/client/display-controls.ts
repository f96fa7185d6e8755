import {
  DISPLAY_OPTIONS,
  STORAGE_KEY,
  displayAttributes,
  parseDisplayPrefs,
  serializeDisplayPrefs,
  type DisplayPrefs,
  type DisplaySetting,
} from '../lib/site/display-prefs';

const root = document.documentElement;
const highContrastQuery = window.matchMedia('(prefers-contrast: more)');

function readPrefs(): DisplayPrefs {
  try {
    return parseDisplayPrefs(localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseDisplayPrefs(null); // storage blocked: defaults for this page only
  }
}

function apply(prefs: DisplayPrefs): void {
  const attributes = displayAttributes(prefs);
  for (const setting of Object.keys(DISPLAY_OPTIONS) as DisplaySetting[]) {
    const name = `data-${setting}` as const;
    const value = attributes[name];
    if (value) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }
  const highContrast = prefs.contrast === 'high' || (prefs.contrast === 'auto' && highContrastQuery.matches);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-display-setting]')) {
    const setting = button.dataset['displaySetting'] as DisplaySetting;
    const pressed = setting === 'contrast' ? highContrast : prefs[setting] === button.dataset['displayValue'];
    button.setAttribute('aria-pressed', String(pressed));
  }
}

function save(prefs: DisplayPrefs): void {
  try {
    const serialized = serializeDisplayPrefs(prefs);
    if (serialized) localStorage.setItem(STORAGE_KEY, serialized);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable (private mode): the choice still applies to this page.
  }
}

let prefs = readPrefs();
apply(prefs);

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-display-setting]');
  if (!button) return;
  const setting = button.dataset['displaySetting'] as DisplaySetting;
  const value = button.dataset['displayValue'];
  if (setting === 'contrast') {
    prefs = { ...prefs, contrast: button.getAttribute('aria-pressed') === 'true' ? 'standard' : 'high' };
  } else if (setting === 'spacing') {
    prefs = { ...prefs, spacing: prefs.spacing === 'wide' ? 'standard' : 'wide' };
  } else if (setting === 'text' && (DISPLAY_OPTIONS.text as readonly string[]).includes(value ?? '')) {
    prefs = { ...prefs, text: value as DisplayPrefs['text'] };
  }
  save(prefs);
  apply(prefs);
});

highContrastQuery.addEventListener('change', () => apply(prefs));
// Another tab changed the settings: follow it.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) apply((prefs = parseDisplayPrefs(event.newValue)));
});
