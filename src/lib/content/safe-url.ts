/**
 * The URL schemes content may link to, in one place for the content schemas, the Markdown sanitiser
 * and the post-build check. Anything else (javascript:, data:, vbscript:, file:) can run code or open
 * something other than a web page, a phone call or an e-mail.
 */
export const SAFE_URL_SCHEMES = ['https', 'http', 'tel', 'mailto'] as const;

/**
 * The scheme of a URL reference as a browser reads it, lower-cased ("javascript" for " JavaScript:x",
 * which browsers still follow), or undefined for a reference without one ("/x", "x", "#y", "//host/x").
 * Browsers drop surrounding spaces and control characters and any tab or newline before they look.
 */
export function urlScheme(reference: string): string | undefined {
  const cleaned = reference.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** True when a reference is relative to this site or uses one of the safe schemes. */
export function isSafeReference(reference: string): boolean {
  const scheme = urlScheme(reference);
  return scheme === undefined || (SAFE_URL_SCHEMES as readonly string[]).includes(scheme);
}
