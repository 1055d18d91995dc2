import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editorWords } from '../views/admin/components/editor-messages.tsx';
import { say, setEditorWords } from './editor-words.ts';

describe('say', () => {
  it('fills the holes of a message the server gave', () => {
    setEditorWords(editorWords('en'));
    assert.equal(say('editor.toolbar.bold'), 'Bold');
    assert.equal(say('editor.picker.chosen', { name: 'river.png' }), 'Chosen: river.png.');
    assert.equal(
      say('editor.upload.refused', { status: '413' }),
      'The upload was refused (413). Reload the page and try again.',
    );
    // A value is put in as it is: braces in a file name open no further hole.
    assert.equal(say('editor.picker.chosen', { name: '{time}.png' }), 'Chosen: {time}.png.');
  });

  it('chooses the plural text by the count, as the language counts', () => {
    setEditorWords(editorWords('en'));
    assert.equal(say('editor.images.found', { count: 1 }), '1 image found: choose one.');
    assert.equal(say('editor.images.found', { count: 1200 }), '1,200 images found: choose one.');
  });

  it('writes numbers in the page language’s digits', () => {
    setEditorWords(editorWords('ne'));
    assert.match(say('editor.length.words', { count: 1234 }), /^१,२३४ /);
    setEditorWords(editorWords('bn'));
    assert.match(say('editor.images.found', { count: 3 }), /^৩/);
  });

  it('keeps the page’s digits where the browser lacks the language', () => {
    // Chromium has no data for Nepali or Khmer: what it lacks, "xx" stands for here.
    const { messages } = editorWords('ne');
    setEditorWords({ locale: 'xx-u-nu-deva', messages });
    assert.match(say('editor.length.words', { count: 6 }), /^६ /);
  });

  it('shows the key of a message the page did not give, rather than failing', () => {
    setEditorWords({ locale: 'en', messages: {} });
    assert.equal(say('editor.toolbar.bold'), 'editor.toolbar.bold');
  });
});
