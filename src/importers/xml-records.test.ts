import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseBloggerExport } from './blogger/parse-blogger.ts';
import { ImportFileError, type ImportBundle } from './import-bundle.ts';
import { parseWordPressExport } from './wordpress/parse-wxr.ts';
import { MAX_XML_DEPTH } from './xml-records.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../test/fixtures/import/${name}`, import.meta.url));

/** 200,000 nested elements (1.4 MB): over 300 s before the depth was bounded. */
const NESTED = 200_000;

const nested = (count: number): string => '<a>'.repeat(count) + '</a>'.repeat(count);

async function writeExport(name: string, xml: string): Promise<string> {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'xml-depth-')), name);
  await fs.writeFile(file, xml);
  return file;
}

function wxrWithBody(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Deep</title><link>https://old.example.org</link>
<wp:wxr_version>1.2</wp:wxr_version>
<item><title>Deep</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>
<wp:status>publish</wp:status><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt>
<content:encoded><![CDATA[<p>${'<div>'.repeat(500)}HTML inside CDATA is text.</p>]]></content:encoded>
${inner}</item>
</channel></rss>`;
}

function atomWithEntry(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:blogger="http://schemas.google.com/blogger/2018">
<id>tag:blogger.com,1999:blog-1</id><title>Deep</title>
<entry><id>tag:blogger.com,1999:blog-1.post-2</id><blogger:type>POST</blogger:type>
<blogger:status>LIVE</blogger:status><title>Deep</title>
<content type="html">x</content><published>2020-01-01T00:00:00Z</published>
${inner}</entry>
</feed>`;
}

/** Parsing `file` is refused for its nesting, naming `line`, in well under 5 s. */
async function assertRefusedQuickly(
  parse: (file: string) => Promise<ImportBundle>,
  file: string,
  line: number,
): Promise<void> {
  const started = performance.now();
  await assert.rejects(parse(file), (error) => {
    assert.ok(error instanceof ImportFileError, String(error));
    assert.equal(error.code, 'import_file_invalid');
    assert.match(
      error.message,
      new RegExp(
        `^${path.basename(file)} line ${line}: elements nest more than ${MAX_XML_DEPTH} levels`,
      ),
    );
    return true;
  });
  const seconds = (performance.now() - started) / 1000;
  assert.ok(seconds < 5, `refused in ${seconds.toFixed(1)} s`);
}

describe('nesting in XML exports', () => {
  it('hardening 13: a WXR with 200,000 nested elements is refused quickly, naming the line', async () => {
    const file = await writeExport('deep.xml', wxrWithBody(nested(NESTED)));
    await assertRefusedQuickly(parseWordPressExport, file, 9);
  });

  it('hardening 13: a Blogger Atom file with 200,000 nested elements is refused quickly', async () => {
    const file = await writeExport('deep.atom', atomWithEntry(nested(NESTED)));
    await assertRefusedQuickly((atom) => parseBloggerExport(atom), file, 7);
  });

  it('hardening 13: nesting within the limit, and HTML in CDATA, still import', async () => {
    const wxr = await parseWordPressExport(
      await writeExport('within.xml', wxrWithBody(`<wp:postmeta>${nested(100)}</wp:postmeta>`)),
    );
    assert.equal(wxr.items.length, 1);
    assert.match(wxr.items[0]?.html ?? '', /HTML inside CDATA is text/);
    const atom = await parseBloggerExport(
      await writeExport('within.atom', atomWithEntry(`<blogger:x>${nested(100)}</blogger:x>`)),
    );
    assert.equal(atom.items.length, 1);
  });

  it('hardening 13: the real-world fixtures still import', async () => {
    for (const name of ['wordpress-network.xml', 'wordpress-theme-unit-test.xml']) {
      assert.ok((await parseWordPressExport(fixture(name))).items.length > 0, name);
    }
    for (const name of ['blogger-takeout.atom', 'blogger-classic.atom']) {
      assert.ok((await parseBloggerExport(fixture(name))).items.length > 0, name);
    }
  });
});
