/**
 * Writes `.br` and `.gz` next to each text file of a built site (default dist/) for nginx's
 * brotli_static and gzip_static. Part of `npm run build`, after Pagefind has written its files.
 * Usage: node scripts/precompress.ts [folder]
 */
import { precompressSite } from './lib/precompress.ts';

const root = process.argv[2] ?? 'dist';
const { files, bytes, brotliBytes, gzipBytes } = await precompressSite(root);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`Precompressed ${files} files in ${root}/: ${kb(bytes)} → brotli ${kb(brotliBytes)}, gzip ${kb(gzipBytes)}`);
