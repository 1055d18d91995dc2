/// <reference lib="dom" />
import { element, uniqueId } from './dom-elements.ts';
import { say } from './editor-words.ts';
import { createImageAltForm } from './image-alt-form.ts';
import { foundMessage, startImageSearch } from './image-search.ts';
import {
  IMAGE_TYPES,
  type LibraryImage,
  type LibraryTarget,
  describeImage,
  refusalOfFile,
  uploadImage,
} from './media-library-client.ts';

export interface MediaChoiceDialog {
  /** The library: search and a grid of thumbnails. */
  open(opener: HTMLElement): void;
  /** Opens the file chooser; the file chosen is described, then uploaded. */
  chooseFile(opener: HTMLElement): void;
  /** A dropped or pasted file, to describe and upload. */
  upload(file: File, opener: HTMLElement): void;
}

/** One image of the grid: a button named by the file's name and its alt text. */
function choiceButton(image: LibraryImage, isCurrent: boolean): HTMLButtonElement {
  return element(
    'button',
    {
      type: 'button',
      class: 'media-dialog-choice',
      'aria-current': isCurrent ? 'true' : undefined,
    },
    [
      element('img', { src: image.thumbnailUrl, alt: '', loading: 'lazy' }),
      element('span', { class: 'media-dialog-name' }, [image.name]),
      image.alt
        ? element('span', { class: 'media-dialog-alt' }, [image.alt])
        : element('span', { class: 'media-dialog-alt is-missing' }, [say('editor.alt.missing')]),
    ],
  );
}

/**
 * The picker of an image field, in a modal dialog (the browser keeps the focus inside it and
 * closes it on Escape): the media library's images by thumbnail with a search, and an upload
 * that asks for the alt text first. Every image it gives back has alt text: a library image
 * without any is described here before it is used, since an item cannot be published with a
 * featured image nobody described (publication-checks.ts).
 */
export function createMediaChoiceDialog(options: {
  title: string;
  target: LibraryTarget;
  currentId(): string;
  onChosen(image: LibraryImage): void;
}): MediaChoiceDialog {
  const { target } = options;
  const headingId = uniqueId('media-dialog-title');
  const searchId = uniqueId('media-dialog-search');
  const fileInput = element('input', { type: 'file', accept: IMAGE_TYPES, hidden: true });
  const close = element('button', { type: 'button', class: 'secondary' }, [say('editor.close')]);
  const search = element('input', { id: searchId, type: 'search' });
  const status = element('p', { class: 'hint', role: 'status' });
  const results = element('ul', {
    class: 'media-dialog-grid',
    'aria-label': say('editor.images.label'),
  });
  const uploadButton = element('button', { type: 'button' }, [say('editor.toolbar.uploadImage')]);
  const library = element('div', { class: 'media-dialog-library' }, [
    element('label', { for: searchId }, [say('editor.images.searchLabel')]),
    search,
    status,
    results,
  ]);
  const note = element('p', { class: 'hint' });
  const altForm = createImageAltForm({
    altLabel: say('editor.picker.altLabel'),
    onStored: (image) => choose(image),
    onCancel: () => (isFromLibrary ? showLibrary() : dialog.close()),
  });
  const describe = element('div', { class: 'media-dialog-describe', hidden: true }, [
    note,
    altForm.root,
  ]);
  const footer = element('div', { class: 'actions media-dialog-footer' }, [uploadButton]);
  const dialog = element('dialog', { class: 'media-dialog', 'aria-labelledby': headingId }, [
    element('div', { class: 'media-dialog-inner' }, [
      element('div', { class: 'media-dialog-header' }, [
        element('h2', { id: headingId }, [options.title]),
        close,
      ]),
      library,
      describe,
      footer,
      fileInput,
    ]),
  ]);
  document.body.append(dialog);
  /** Whether Cancel goes back to the library (or closes: the file came from outside it). */
  let isFromLibrary = false;
  let opener: HTMLElement | undefined;

  const choose = (image: LibraryImage) => {
    options.onChosen(image);
    dialog.close();
  };

  const show = (images: LibraryImage[]) => {
    const current = options.currentId();
    results.replaceChildren(
      ...images.map((image) => {
        const button = choiceButton(image, image.id === current);
        button.addEventListener('click', () => pick(image));
        return element('li', {}, [button]);
      }),
    );
    status.textContent = foundMessage(images.length);
  };
  const imageSearch = startImageSearch({ endpoint: target.endpoint, input: search, status, show });

  const showDescribe = (text: string) => {
    isFromLibrary = dialog.open && !library.hidden;
    library.hidden = true;
    footer.hidden = true;
    describe.hidden = false;
    note.textContent = text;
    note.hidden = !text;
    if (!dialog.open) dialog.showModal();
  };
  const showLibrary = () => {
    altForm.reset();
    describe.hidden = true;
    library.hidden = false;
    footer.hidden = false;
    search.focus();
    imageSearch.run();
  };

  /** A library image: used at once when it is described, else described first. */
  const pick = (image: LibraryImage) => {
    if (image.alt.trim()) {
      choose(image);
      return;
    }
    showDescribe(say('editor.alt.describeOnce', { name: image.name }));
    altForm.begin({
      name: image.name,
      preview: image.thumbnailUrl,
      action: say('editor.alt.saveAndUse'),
      busyText: say('editor.alt.saving'),
      store: (alt) => describeImage(target, image, alt),
    });
  };

  const upload = (file: File) => {
    showDescribe('');
    const name = file.name || say('editor.upload.pastedImage');
    const refusal = refusalOfFile(file);
    if (refusal) {
      altForm.refuse(name, refusal);
      return;
    }
    altForm.begin({
      name,
      preview: file,
      action: say('editor.upload.use'),
      busyText: say('editor.upload.uploading', { name }),
      store: (alt) => uploadImage(target, file, alt),
    });
  };

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) upload(file);
  });
  uploadButton.addEventListener('click', () => fileInput.click());
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's content) closes it, as Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // A file dropped on the open picker, or pasted into it, is uploaded too (the browser would
  // open a dropped file in place of the page).
  dialog.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  dialog.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    upload(file);
  });
  dialog.addEventListener('paste', (event) => {
    const file = event.clipboardData?.files[0];
    if (!file || event.clipboardData?.getData('text/plain')) return;
    event.preventDefault();
    upload(file);
  });
  // The browser's own Escape would first clear the search box; one press should close.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close();
  });
  dialog.addEventListener('close', () => {
    altForm.reset();
    opener?.focus();
  });

  return {
    open(from) {
      opener = from;
      library.hidden = false;
      dialog.showModal();
      showLibrary();
    },
    chooseFile(from) {
      opener = from;
      fileInput.click();
    },
    upload(file, from) {
      opener = from;
      upload(file);
    },
  };
}
