import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import { buildRepresentation } from './representation.ts';

/** A page-sized body that compresses well, as the site's pages do. */
const page = Array.from({ length: 600 }, (_, index) => `<p>Paragraph ${index % 40}</p>`).join('');

describe('buildRepresentation', () => {
  it('compresses the body in each encoding', () => {
    const representation = buildRepresentation(page, 'text/html; charset=utf-8');
    assert.equal(zlib.gunzipSync(representation.gzip).toString(), page);
    assert.equal(zlib.brotliDecompressSync(representation.brotli).toString(), page);
    assert.equal(representation.identity.toString(), page);
  });

  it('keeps no more memory than the compressed bytes (cached pages hold them for long)', () => {
    for (const isQuick of [false, true]) {
      const representation = buildRepresentation(page, 'text/html; charset=utf-8', { isQuick });
      assert.ok(representation.gzip.length < 4096, 'the body compresses to a small buffer');
      assert.equal(representation.gzip.buffer.byteLength, representation.gzip.length);
      assert.equal(representation.brotli.buffer.byteLength, representation.brotli.length);
    }
  });
});
