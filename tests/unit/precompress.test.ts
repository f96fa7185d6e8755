import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressSite } from '../../scripts/lib/precompress';

describe('precompressSite', () => {
  it('writes .br and .gz next to text files that decompress to the original, and leaves other files alone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'precompress-'));
    const html = `<!doctype html><p>${'五华区科技创新 '.repeat(200)}</p>`;
    mkdirSync(join(root, 'a/b'), { recursive: true });
    writeFileSync(join(root, 'a/b/index.html'), html);
    writeFileSync(join(root, 'style.css'), 'body{color:red}'.repeat(50));
    writeFileSync(join(root, 'og.png'), Buffer.alloc(2000, 1));
    writeFileSync(join(root, 'tiny.txt'), 'x');

    const result = await precompressSite(root);

    expect(brotliDecompressSync(readFileSync(join(root, 'a/b/index.html.br'))).toString()).toBe(html);
    expect(gunzipSync(readFileSync(join(root, 'a/b/index.html.gz'))).toString()).toBe(html);
    expect(existsSync(join(root, 'style.css.br')) && existsSync(join(root, 'style.css.gz'))).toBe(true);
    expect(existsSync(join(root, 'og.png.br')) || existsSync(join(root, 'og.png.gz'))).toBe(false);
    // A one-byte file only grows when compressed: nginx then sends the original.
    expect(existsSync(join(root, 'tiny.txt.br')) || existsSync(join(root, 'tiny.txt.gz'))).toBe(false);
    expect(result.files).toBe(3);
  });
});
