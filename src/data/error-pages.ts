/**
 * The Chinese pages the web server shows for errors other than 404 (which is content/pages/404.md).
 * Built at /error/<code>/ and named by deploy/nginx.conf's error_page lines; nginx serves them only as
 * error responses, never at their own address. Their words are content/pages/error-<code>.md.
 */

/** Path segments under /error/: the status code, or 50x for every server error. */
export const ERROR_CODES = ['403', '405', '414', '50x'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The content page (content/pages/<id>.md) holding an error page's title, description, date and explanation. */
export const errorPageId = (code: ErrorCode) => `error-${code}`;
