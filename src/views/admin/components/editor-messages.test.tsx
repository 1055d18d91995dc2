import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { catalogueOf } from '../../../lib/i18n/catalogues.ts';
import { getTranslator } from '../../../lib/i18n/translator.ts';
import { AdminI18n } from '../admin-i18n.ts';
import { EDITOR_MESSAGES_ID, EditorMessages, type EditorWords } from './editor-messages.tsx';

function render(locale: string): string {
  return renderToString(
    <AdminI18n.Provider value={getTranslator(locale)}>
      <EditorMessages />
    </AdminI18n.Provider>,
  );
}

function wordsIn(html: string): EditorWords {
  const match = /^<script type="application\/json" id="([^"]+)">(.*)<\/script>$/s.exec(html);
  assert.ok(match, html.slice(0, 200));
  assert.equal(match[1], EDITOR_MESSAGES_ID);
  return JSON.parse(match[2] ?? '') as EditorWords;
}

describe('the editor island’s words', () => {
  it('are a JSON data block that nothing in it can close', () => {
    const html = render('en');
    const inner = html.slice(html.indexOf('>') + 1, html.lastIndexOf('</script>'));
    assert.doesNotMatch(inner, /</, 'every "<" is escaped');
    assert.doesNotMatch(inner, /&(quot|amp|lt);/, 'JSON, not HTML-escaped text');
    const words = wordsIn(html);
    assert.equal(words.locale, 'en-u-nu-latn');
    assert.equal(words.messages['editor.toolbar.bold'], 'Bold');
  });

  it('carry every island message, with holes for run-time values', () => {
    const { messages } = wordsIn(render('en'));
    const islandKeys = Object.keys(catalogueOf('en')).filter((key) => key.startsWith('editor.'));
    assert.deepEqual(Object.keys(messages).sort(), islandKeys.sort());
    assert.equal(messages['editor.autosave.saved'], 'Saved {time}');
    assert.equal(messages['editor.picker.chosen'], 'Chosen: {name}.');
    // ICU’s own quoting is resolved on the server: the island gets plain text.
    assert.equal(
      messages['editor.images.none'],
      'No images found. Upload one with the “Upload an image” button.',
    );
  });

  it('name the digits the server writes, which a browser might not choose itself', () => {
    assert.equal(wordsIn(render('ne')).locale, 'ne-u-nu-deva');
    assert.equal(wordsIn(render('bn')).locale, 'bn-u-nu-beng');
  });

  it('give a plural message as one text per plural category of the language', () => {
    const english = wordsIn(render('en')).messages;
    assert.deepEqual(english['editor.images.found'], {
      one: '{count} image found: choose one.',
      other: '{count} images found: choose one.',
    });
    assert.deepEqual(english['editor.length.minutes'], {
      one: '{words} · about {count} minute to read',
      other: '{words} · about {count} minutes to read',
    });
    // Khmer has a single form for every number.
    const khmer = wordsIn(render('km'));
    assert.match(khmer.locale, /^km-/);
    assert.deepEqual(Object.keys(khmer.messages['editor.images.found'] ?? {}), ['other']);
  });
});
