/// <reference lib="dom" />
import type { Editor } from '@tiptap/core';
import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { element, onEnter, uniqueId } from './dom-elements.ts';
import { type ImageAttributes, insertImage } from './image-insert.ts';

/** What the server stores as images (the library's upload takes the same). */
const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';

export interface ImageUpload {
  root: HTMLElement;
  close(): void;
  /** Opens the file chooser (the toolbar's upload button). */
  chooseFile(): void;
  /** Takes a dropped or pasted file, to insert at `position` (the selection when absent). */
  begin(file: File, position?: number): void;
}

interface UploadTarget {
  /** `POST` here: the editor's upload, `/admin/media.json`. */
  endpoint: string;
  csrfToken: string;
}

/** The stored image, or the server's reason for refusing it (thrown as an Error). */
async function sendImage(target: UploadTarget, file: File, alt: string): Promise<ImageAttributes> {
  const body = new FormData();
  body.append('alt', alt);
  body.append('file', file, file.name || 'pasted-image');
  const response = await fetch(target.endpoint, {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': target.csrfToken },
  });
  const answer = (await response.json().catch(() => undefined)) as
    | { url?: string; alt?: string; width?: number | null; height?: number | null }
    | { error?: { message?: string } }
    | undefined;
  if (response.ok && answer && 'url' in answer && answer.url) {
    return { src: answer.url, alt, width: answer.width, height: answer.height };
  }
  const reason = answer && 'error' in answer ? answer.error?.message : undefined;
  throw new Error(
    reason ?? `The upload was refused (${response.status}). Reload the page and try again.`,
  );
}

/**
 * Uploads an image into the media library from inside the post (toolbar button, drag and
 * drop, paste) and inserts it where it was dropped. A panel asks for the alt text first, as
 * the library's form does; the file stays chosen until it is stored or the author cancels, so
 * a refused or failed upload can be tried again.
 */
export function createImageUpload(
  editor: Editor,
  target: UploadTarget,
  onOpen: () => void,
): ImageUpload {
  const altId = uniqueId('editor-upload-alt');
  const fileInput = element('input', { type: 'file', accept: IMAGE_TYPES, hidden: true });
  const preview = element('img', { class: 'editor-upload-preview', alt: '', hidden: true });
  const fileName = element('p', { class: 'editor-upload-name' });
  const alt = element('input', { id: altId, type: 'text', maxlength: '500' });
  const status = element('p', { class: 'hint', role: 'status' });
  const upload = element('button', { type: 'button' }, ['Upload and insert']);
  const cancel = element('button', { type: 'button', class: 'secondary' }, ['Cancel']);
  const root = element(
    'div',
    { class: 'editor-panel', role: 'group', 'aria-label': 'Upload an image', hidden: true },
    [
      fileInput,
      element('div', { class: 'editor-upload-file' }, [preview, fileName]),
      element('label', { for: altId }, [
        'Alt text of the new image: what it shows, for readers who cannot see it',
      ]),
      alt,
      status,
      element('div', { class: 'actions' }, [upload, cancel]),
    ],
  );

  let pending: { file: File; position?: number } | undefined;
  // Typing on while the panel is open moves the drop point with the text.
  editor.on('transaction', ({ transaction }) => {
    if (pending?.position !== undefined) {
      pending.position = transaction.mapping.map(pending.position);
    }
  });

  const hide = () => {
    root.hidden = true;
    pending = undefined;
    preview.removeAttribute('src');
    preview.hidden = true;
    upload.disabled = false;
  };
  const close = () => {
    hide();
    editor.commands.focus();
  };

  const begin = (file: File, position?: number) => {
    onOpen();
    root.hidden = false;
    alt.value = '';
    status.textContent = '';
    fileName.textContent = file.name || 'Pasted image';
    if (!IMAGE_TYPES.split(',').includes(file.type)) {
      pending = undefined;
      status.textContent = `${file.name || 'That file'} is not a JPEG, PNG, WebP or GIF image, so it cannot go into the text. Documents go on the Media page.`;
      cancel.focus();
      return;
    }
    pending = { file, position };
    // A preview helps describe the image; data: addresses are what the CSP allows for images.
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      if (pending?.file !== file || typeof reader.result !== 'string') return;
      preview.src = reader.result;
      preview.hidden = false;
    });
    reader.readAsDataURL(file);
    alt.focus();
  };

  const submit = async () => {
    if (!pending) {
      close();
      return;
    }
    const text = alt.value.trim();
    if (!text) {
      status.textContent = 'Describe the image first: published images need alt text.';
      alt.focus();
      return;
    }
    const { file } = pending;
    upload.disabled = true;
    status.textContent = `Uploading ${file.name || 'the image'}…`;
    try {
      const image = await sendImage(target, file, text);
      const position = pending?.position;
      hide();
      insertImage(editor, image, position);
    } catch (error) {
      status.textContent =
        error instanceof TypeError
          ? 'The upload did not reach the server: check the connection and try again.'
          : (error as Error).message;
      upload.disabled = false;
    }
  };

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) begin(file);
  });
  onEnter(alt, () => void submit());
  upload.addEventListener('click', () => void submit());
  cancel.addEventListener('click', close);
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
