/**
 * Writes `.br` and `.gz` copies next to every text file of a built site, so nginx serves them with
 * brotli_static/gzip_static: the best compression once at build time instead of a quick one per request.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files the site serves. Pagefind's index files and images are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|ics|csv|webmanifest)$/i;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Compresses one file; a copy that would not be smaller is not written, so nginx sends the original. */
async function precompressFile(path: string, result: PrecompressResult): Promise<void> {
  const content = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  result.files += 1;
  result.bytes += content.length;
  if (br.length < content.length) {
    await writeFile(`${path}.br`, br);
    result.brotliBytes += br.length;
  }
  if (gz.length < content.length) {
    await writeFile(`${path}.gz`, gz);
    result.gzipBytes += gz.length;
  }
}

/** Precompresses every compressible file under `root`; a few at a time, as zlib works on libuv's small thread pool. */
export async function precompressSite(root: string, concurrency = 4): Promise<PrecompressResult> {
  if (!(await stat(root)).isDirectory()) throw new Error(`${root} is not a folder`);
  const queue = (await filesUnder(root)).filter((path) => COMPRESSIBLE.test(path));
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const worker = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) await precompressFile(path, result);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}
