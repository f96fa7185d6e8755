/**
 * Characters that change how a name looks without being seen: bidirectional overrides and isolates
 * (U+202E turns "示例馆gpj.exe" around) and zero-width characters (two names that look the same but differ,
 * so search, sorting and duplicate checks miss them). Names refuse them; long text may keep them.
 */
const INVISIBLE = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** The first invisible character as "U+202E", or undefined when there is none. */
export function firstInvisibleCharacter(text: string): string | undefined {
  const found = INVISIBLE.exec(text)?.[0];
  return found === undefined ? undefined : `U+${(found.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}
