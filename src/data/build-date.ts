/** The moment the build started: fixed once, so every page and data file agrees on what is upcoming. */
const fixed = process.env['SITE_BUILD_DATE'];
const BUILD_INSTANT = fixed ? new Date(`${fixed}T12:00:00+08:00`) : new Date();

/** The day the site is built, which decides 现行有效/已到期 and upcoming events. SITE_BUILD_DATE (YYYY-MM-DD) fixes it for tests. */
export function buildDate(): Date {
  return new Date(BUILD_INSTANT);
}
