import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { element, escapeText, serializeXml } from './xml-document.ts';

describe('XML writer', () => {
  it('escapes text and attribute values, and drops characters XML forbids', () => {
    assert.equal(
      escapeText(`a & b < c > d "e" 'f'`),
      'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;',
    );
    assert.equal(
      escapeText('bell\u0007 and null\u0000 gone, tab\tkept'),
      'bell and null gone, tab\tkept',
    );
  });

  it('writes elements, leaves out absent children and attributes, and reads back as given', () => {
    const hostile = `</title><script>"&'`;
    const xml = serializeXml(
      element(
        'root',
        { version: '2.03', missing: undefined, empty: null },
        element('title', { note: hostile }, hostile),
        null,
        false,
        [element('item', { n: 1 }), element('item', { n: 2 })],
      ),
    );
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<root version="2.03">'));
    assert.doesNotMatch(xml, /missing|empty|<script/);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    assert.equal(parsed.root.title['#text'], hostile);
    assert.equal(parsed.root.title.note, hostile);
    assert.deepEqual(parsed.root.item, [{ n: '1' }, { n: '2' }]);
  });
});
