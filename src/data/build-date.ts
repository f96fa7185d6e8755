/** The day the site is built, which decides 现行有效/已到期. SITE_BUILD_DATE (YYYY-MM-DD) fixes it for tests. */
export function buildDate(): Date {
  const fixed = process.env['SITE_BUILD_DATE'];
  return fixed ? new Date(`${fixed}T12:00:00+08:00`) : new Date();
}
