/// <reference lib="dom" />
import type { Editor } from '@tiptap/core';
import { element, onEnter, uniqueId } from './dom-elements.ts';
import { focusTextNow } from './editor-focus.ts';
import { insertImage } from './image-insert.ts';
import { foundMessage, startImageSearch } from './image-search.ts';
import { say } from './editor-words.ts';
import type { LibraryImage } from './media-library-client.ts';
import type { EditorPanel } from './link-panel.ts';

/**
 * Picks an image from the media library, by thumbnail, and inserts it with its alt text. The
 * search runs as the author types (after a pause); uploads are image-upload.ts's.
 */
export function createImagePicker(
  editor: Editor,
  endpoint: string,
  onClose: () => void,
): EditorPanel {
  const searchId = uniqueId('editor-image-search');
  const altId = uniqueId('editor-image-alt');
  const search = element('input', { id: searchId, type: 'search' });
  const searchButton = element('button', { type: 'button', class: 'secondary' }, [
    say('editor.images.search'),
  ]);
  const status = element('p', { class: 'hint', role: 'status' });
  const results = element('ul', {
    class: 'editor-image-results',
    'aria-label': say('editor.images.label'),
  });
  const alt = element('input', { id: altId, type: 'text', maxlength: '500' });
  const insert = element('button', { type: 'button' }, [say('editor.picker.insert')]);
  const cancel = element('button', { type: 'button', class: 'secondary' }, [say('editor.cancel')]);
  const root = element(
    'div',
    {
      class: 'editor-panel',
      role: 'group',
      'aria-label': say('editor.picker.title'),
      hidden: true,
    },
    [
      element('label', { for: searchId }, [say('editor.images.searchLabel')]),
      element('div', { class: 'actions' }, [search, searchButton]),
      status,
      results,
      element('label', { for: altId }, [say('editor.picker.altLabel')]),
      alt,
      element('div', { class: 'actions' }, [insert, cancel]),
    ],
  );
  let images: LibraryImage[] = [];
  let chosen: LibraryImage | undefined;

  const choose = (image: LibraryImage) => {
    chosen = image;
    for (const button of results.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.mediaId === image.id));
    }
    alt.value = image.alt;
    status.textContent = say('editor.picker.chosen', { name: image.name });
  };

  const show = (found: LibraryImage[]) => {
    images = found;
    chosen = undefined;
    results.replaceChildren(
      ...found.map((image) => {
        const button = element(
          'button',
          { type: 'button', class: 'editor-image-choice', 'aria-pressed': 'false' },
          [element('img', { src: image.thumbnailUrl, alt: '', loading: 'lazy' }), image.name],
        );
        button.dataset.mediaId = image.id;
        button.addEventListener('click', () => choose(image));
        return element('li', {}, [button]);
      }),
    );
    status.textContent = foundMessage(found.length);
  };
  const imageSearch = startImageSearch({ endpoint, input: search, status, show });

  const close = () => {
    root.hidden = true;
    onClose();
    focusTextNow(editor);
  };

  const insertChosen = () => {
    if (!chosen) {
      status.textContent = say(
        images.length ? 'editor.picker.chooseFirst' : 'editor.picker.searchFirst',
      );
      return;
    }
    const text = alt.value.trim();
    if (!text) {
      status.textContent = say('editor.alt.needed');
      alt.focus();
      return;
    }
    root.hidden = true;
    onClose();
    insertImage(editor, { src: chosen.url, alt: text, width: chosen.width, height: chosen.height });
  };

  onEnter(alt, insertChosen);
  searchButton.addEventListener('click', imageSearch.run);
  insert.addEventListener('click', insertChosen);
  cancel.addEventListener('click', close);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  return {
    root,
    open() {
      root.hidden = false;
      search.focus();
      imageSearch.run();
    },
    close() {
      root.hidden = true;
    },
  };
}
