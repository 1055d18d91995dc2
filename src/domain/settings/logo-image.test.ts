import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { ValidationError } from '../../lib/errors.ts';
import { MAX_LOGO_BYTES, renderLogo } from './logo-image.ts';

const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50">';
const RECT = '<rect width="200" height="50" fill="#0b6e4f"/>';

/** The reason given on the logo field for refusing `bytes`. */
async function refusalOf(bytes: Buffer | string): Promise<string> {
  try {
    await renderLogo(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
  } catch (error) {
    assert.ok(error instanceof ValidationError, String(error));
    assert.equal(error.statusCode, 422);
    return error.fields?.logo ?? '';
  }
  assert.fail('the logo was accepted');
}

function isWebp(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).toString() === 'RIFF' && bytes.subarray(8, 12).toString() === 'WEBP';
}

describe('logo images', () => {
  /** A server on this machine that counts requests: a logo must never make one. */
  let server: http.Server;
  let requests = 0;
  let origin = '';
  before(async () => {
    server = http.createServer((_request, response) => {
      requests += 1;
      response.end('<svg xmlns="http://www.w3.org/2000/svg"/>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    assert.equal(requests, 0, 'no logo made a request');
  });

  it('draws a wide SVG into the header box and twice that, as WebP', async () => {
    const renditions = await renderLogo(Buffer.from(`${SVG_OPEN}${RECT}</svg>`));
    assert.deepEqual(
      renditions.map(({ width, height, density }) => ({ width, height, density })),
      [
        { width: 192, height: 48, density: 1 },
        { width: 384, height: 96, density: 2 },
      ],
    );
    for (const rendition of renditions) {
      assert.match(rendition.name, /^logo\.[0-9a-f]{10}\.webp$/);
      assert.ok(isWebp(rendition.bytes));
      const decoded = await sharp(rendition.bytes).metadata();
      assert.deepEqual([decoded.width, decoded.height], [rendition.width, rendition.height]);
    }
  });

  it('keeps a small PNG at its size, in one rendition, and re-encodes it', async () => {
    const png = await sharp({
      create: { width: 120, height: 30, channels: 4, background: '#a3141c' },
    })
      .png()
      .toBuffer();
    const renditions = await renderLogo(png);
    assert.equal(renditions.length, 1);
    assert.deepEqual([renditions[0]?.width, renditions[0]?.height], [120, 30]);
    assert.ok(isWebp(renditions[0]?.bytes ?? Buffer.alloc(0)));
  });

  it('neutralises scripts and event handlers: they are not drawn, and nothing of them is kept', async () => {
    const hostile =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50" onload="alert(1)">' +
      `<script>alert(document.cookie)</script>${RECT.replace('/>', ' onclick="alert(2)"/>')}` +
      '<foreignObject width="200" height="50"><body xmlns="http://www.w3.org/1999/xhtml"><script>alert(3)</script></body></foreignObject></svg>';
    const renditions = await renderLogo(Buffer.from(hostile));
    for (const { bytes } of renditions) {
      assert.ok(isWebp(bytes));
      assert.equal(bytes.includes('alert'), false);
      assert.equal(bytes.includes('script'), false);
    }
  });

  it('refuses javascript: and every address outside the file, fetching nothing', async () => {
    const cases = [
      `${SVG_OPEN}<a href="javascript:alert(1)">${RECT}</a></svg>`,
      `${SVG_OPEN}<image href="${origin}/tracker.png" width="10" height="10"/></svg>`,
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="50"><image xlink:href="${origin}/x.png" width="9" height="9"/></svg>`,
      `${SVG_OPEN}<image href="file:///etc/passwd" width="10" height="10"/></svg>`,
      `${SVG_OPEN}<use href="${origin}/sprite.svg#logo"/></svg>`,
      `${SVG_OPEN}<style>@import url(${origin}/style.css);</style>${RECT}</svg>`,
      `${SVG_OPEN}<rect width="10" height="10" style="fill: url(${origin}/paint.svg#p)"/></svg>`,
      `${SVG_OPEN}<image href="data:image/svg+xml;base64,PHN2Zy8+" width="10" height="10"/></svg>`,
    ];
    for (const svg of cases) {
      assert.match(await refusalOf(svg), /^The SVG refers to something outside itself \(/, svg);
    }
    // An embedded bitmap and references within the file are fine.
    const pixel = (
      await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
        .png()
        .toBuffer()
    ).toString('base64');
    await renderLogo(
      Buffer.from(
        `${SVG_OPEN}<defs><linearGradient id="g"><stop offset="0" stop-color="#0b6e4f"/></linearGradient></defs>` +
          `<rect width="200" height="50" fill="url(#g)"/><image href="data:image/png;base64,${pixel}" width="10" height="10"/></svg>`,
      ),
    );
  });

  it('refuses entity declarations (billion laughs, XXE) at once, expanding nothing', async () => {
    const levels = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY e${level + 1} "${`&e${level};`.repeat(10)}">`,
    ).join('');
    const laughs = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e0 "ha">${levels}]>${SVG_OPEN}<text>&e9;</text></svg>`;
    const started = Date.now();
    assert.match(await refusalOf(laughs), /^The SVG declares a DOCTYPE, entities/);
    assert.ok(Date.now() - started < 1000);
    const xxe = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "${origin}/xxe">]>${SVG_OPEN}<text>&x;</text></svg>`;
    assert.match(await refusalOf(xxe), /^The SVG declares a DOCTYPE/);
    const stylesheet = `<?xml-stylesheet href="${origin}/a.css"?>${SVG_OPEN}${RECT}</svg>`;
    assert.match(await refusalOf(stylesheet), /processing instructions/);
  });

  it('refuses a file far too large before reading it', async () => {
    const huge = Buffer.alloc(50 * 1024 * 1024, 0x20);
    huge.write(SVG_OPEN);
    const started = Date.now();
    assert.equal(await refusalOf(huge), 'The logo is larger than 2 MB; a logo needs far less.');
    assert.ok(Date.now() - started < 1000);
    assert.ok(MAX_LOGO_BYTES < huge.length);
  });

  it('refuses a "PNG" that is really HTML, and anything else that is not an SVG or PNG', async () => {
    assert.equal(
      await refusalOf('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
      'The logo must be an SVG or PNG image.',
    );
    assert.equal(
      await refusalOf('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'),
      'The logo must be an SVG or PNG image.',
    );
    const jpeg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    assert.equal(await refusalOf(jpeg), 'The logo must be an SVG or PNG image.');
    // The PNG signature, then a web page: the decoder finds no image.
    const polyglot = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('<html><script>alert(1)</script></html>'),
    ]);
    assert.match(await refusalOf(polyglot), /^The logo could not be read as an image/);
  });

  it('refuses SVG that is not well-formed, nested without end, or too small to show', async () => {
    assert.match(await refusalOf(`${SVG_OPEN}<rect>`), /^The SVG is not well-formed XML: /);
    const deep = `${SVG_OPEN}${'<g>'.repeat(100)}${'</g>'.repeat(100)}</svg>`;
    assert.match(await refusalOf(deep), /^The SVG is not well-formed XML: too deep/);
    const sliver =
      '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="400"><rect width="2" height="400"/></svg>';
    assert.match(await refusalOf(sliver), /too small or too narrow/);
  });
});
