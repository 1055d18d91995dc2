/// <reference lib="dom" />
import type { Editor } from '@tiptap/core';
import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { element } from './dom-elements.ts';
import { focusTextNow } from './editor-focus.ts';
import { say } from './editor-words.ts';
import { createImageAltForm } from './image-alt-form.ts';
import { insertImage } from './image-insert.ts';
import {
  IMAGE_TYPES,
  type LibraryTarget,
  refusalOfFile,
  uploadImage,
} from './media-library-client.ts';

export interface ImageUpload {
  root: HTMLElement;
  close(): void;
  /** Opens the file chooser (the toolbar's upload button). */
  chooseFile(): void;
  /** Takes a dropped or pasted file, to insert at `position` (the selection when absent). */
  begin(file: File, position?: number): void;
}

/**
 * Uploads an image into the media library from inside the post (toolbar button, drag and
 * drop, paste) and inserts it where it was dropped. A panel asks for the alt text first, as
 * the library's form does (image-alt-form.ts, which the featured-image picker shows too).
 */
export function createImageUpload(
  editor: Editor,
  target: LibraryTarget,
  onOpen: () => void,
): ImageUpload {
  const fileInput = element('input', { type: 'file', accept: IMAGE_TYPES, hidden: true });
  /** Where the image goes; typing on while the panel is open moves it with the text. */
  let position: number | undefined;
  editor.on('transaction', ({ transaction }) => {
    if (position !== undefined) position = transaction.mapping.map(position);
  });

  const hide = () => {
    root.hidden = true;
    position = undefined;
    form.reset();
  };
  const close = () => {
    hide();
    focusTextNow(editor);
  };
  const form = createImageAltForm({
    altLabel: say('editor.upload.altLabel'),
    onStored(image) {
      const at = position;
      hide();
      insertImage(
        editor,
        { src: image.url, alt: image.alt, width: image.width, height: image.height },
        at,
      );
    },
    onCancel: close,
  });
  const root = element(
    'div',
    {
      class: 'editor-panel',
      role: 'group',
      'aria-label': say('editor.toolbar.uploadImage'),
      hidden: true,
    },
    [fileInput, form.root],
  );

  const begin = (file: File, at?: number) => {
    onOpen();
    root.hidden = false;
    const name = file.name || say('editor.upload.pastedImage');
    const refusal = refusalOfFile(file);
    if (refusal) {
      position = undefined;
      form.refuse(name, refusal);
      return;
    }
    position = at;
    form.begin({
      name,
      preview: file,
      action: say('editor.upload.insert'),
      busyText: file.name
        ? say('editor.upload.uploading', { name: file.name })
        : say('editor.upload.uploadingPasted'),
      store: (alt) => uploadImage(target, file, alt),
    });
  };

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) begin(file);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  return {
    root,
    chooseFile: () => fileInput.click(),
    begin,
    close: hide,
  };
}

/**
 * ProseMirror's hooks for files dropped or pasted into the text: an image goes to the upload
 * panel (dropped where the pointer let go). Pasted text wins over files, since word processors
 * put a picture of the copied text on the clipboard beside it.
 */
export function fileDropProps(upload: ImageUpload) {
  return {
    handleDrop(view: EditorView, event: DragEvent, _slice: Slice, moved: boolean): boolean {
      const file = moved ? undefined : event.dataTransfer?.files[0];
      if (!file) return false;
      event.preventDefault();
      upload.begin(file, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
      return true;
    },
    handlePaste(_view: EditorView, event: ClipboardEvent): boolean {
      const data = event.clipboardData;
      const file = data?.getData('text/plain') ? undefined : data?.files[0];
      if (!file) return false;
      event.preventDefault();
      upload.begin(file);
      return true;
    },
  };
}
