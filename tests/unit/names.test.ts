/**
 * One name per thing (README, after the folder map): a listed 基地、实验室 or 平台 is a "base" in code, content, URLs and
 * tests, as in content/bases/ and /bases/. This fails when "place" comes back as a name in code: a
 * variable, parameter or property called place/places, or a compound such as CompactPlace or placeId.
 * English prose in comments may still say "in one place"; schema.org's type name 'Place' is a string.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** `const place`, `(places) =>`, `place.id`, `places:`, `placeId`, `toCompactPlace`; not replace/placeholder. */
const PLACE_AS_NAME = /\b(?:(?:const|let|var)\s+places?\b|places?\s*(?:=>|\??\.\w|:\s)|\w*[a-z]Places?\w*|places?[A-Z]\w*)/g;
const NOT_A_NAME = /[Rr]eplace|[Pp]laceholder/;

/** Code without its comments, so prose in a comment is not read as a name. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

function placeNames(text: string): string[] {
  return [...withoutComments(text).matchAll(PLACE_AS_NAME)].map((m) => m[0]).filter((name) => !NOT_A_NAME.test(name));
}

describe('one name for a listed base', () => {
  it('reads names and skips prose: a planted offender of each kind is caught', () => {
    expect(placeNames('const place = bases[0];')).toEqual(['const place']);
    expect(placeNames('places.map((p) => p.id)')).toEqual(['places.m']);
    expect(placeNames('export interface CompactPlace {}')).toEqual(['CompactPlace']);
    expect(placeNames('const id = placeId;')).toEqual(['placeId']);
    expect(placeNames('// one place for every rule\nconst text = s.replace(a, b);')).toEqual([]);
  });

  it('no source, script or test names a base "place"', () => {
    const files = globSync('{src,scripts,tests}/**/*.{ts,astro,mjs}').filter((file) => file !== 'tests/unit/names.test.ts');
    const offenders = files.flatMap((file) => placeNames(readFileSync(file, 'utf8')).map((name) => `${file}: ${name}`));
    expect(offenders).toEqual([]);
  });
});
