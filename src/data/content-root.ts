/** Where content is read from: content/ unless CONTENT_DIR points the build at another tree. */
export const CONTENT_ROOT = process.env['CONTENT_DIR'] ?? './content';
