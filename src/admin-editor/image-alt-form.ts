/// <reference lib="dom" />
import { element, onEnter, uniqueId } from './dom-elements.ts';
import { say } from './editor-words.ts';
import { type LibraryImage, failureMessage } from './media-library-client.ts';

/** An image waiting for its alt text, and how to store it once described. */
export interface ImageToDescribe {
  name: string;
  /** The file chosen (previewed from the disk), or the address of the library's thumbnail. */
  preview: File | string;
  /** The submit button: "Upload and insert", "Upload and use" … */
  action: string;
  /** Said while it is stored: "Uploading river.png…". */
  busyText: string;
  /** Uploads the image with its alt text, or saves the text to the library's image. */
  store(alt: string): Promise<LibraryImage>;
}

export interface ImageAltForm {
  /** The preview, the alt question, the status line and the buttons, in one element. */
  root: HTMLElement;
  begin(image: ImageToDescribe): void;
  /** Shows why a file cannot be used; only Cancel is left to press. */
  refuse(name: string, reason: string): void;
  /** Forgets the image (the panel around it is closing). */
  reset(): void;
}

/**
 * The question every image answers before it is used: what it shows, for readers who cannot
 * see it. The image stays waiting until it is stored or the author cancels, so a refused or
 * failed upload can be tried again. The body's upload panel and the featured-image picker
 * show this form; `onStored` gets the image as the library lists it.
 */
export function createImageAltForm(options: {
  altLabel: string;
  onStored(image: LibraryImage): void;
  onCancel(): void;
}): ImageAltForm {
  const altId = uniqueId('image-alt');
  const preview = element('img', { class: 'editor-upload-preview', alt: '', hidden: true });
  const fileName = element('p', { class: 'editor-upload-name' });
  const alt = element('input', { id: altId, type: 'text', maxlength: '500' });
  const status = element('p', { class: 'hint', role: 'status' });
  const submit = element('button', { type: 'button' });
  const cancel = element('button', { type: 'button', class: 'secondary' }, [say('editor.cancel')]);
  const altField = element('div', {}, [element('label', { for: altId }, [options.altLabel]), alt]);
  const root = element('div', { class: 'image-alt-form' }, [
    element('div', { class: 'editor-upload-file' }, [preview, fileName]),
    altField,
    status,
    element('div', { class: 'actions' }, [submit, cancel]),
  ]);
  let pending: ImageToDescribe | undefined;

  const reset = () => {
    pending = undefined;
    preview.removeAttribute('src');
    preview.hidden = true;
    submit.disabled = false;
  };

  const show = (name: string) => {
    reset();
    alt.value = '';
    status.textContent = '';
    fileName.textContent = name;
  };

  const begin = (image: ImageToDescribe) => {
    show(image.name);
    pending = image;
    submit.textContent = image.action;
    submit.hidden = false;
    altField.hidden = false;
    const source = image.preview;
    if (typeof source === 'string') {
      preview.src = source;
      preview.hidden = false;
    } else {
      // A preview helps describe the image; data: addresses are what the CSP allows for images.
      const reader = new FileReader();
      reader.addEventListener('load', () => {
        if (pending !== image || typeof reader.result !== 'string') return;
        preview.src = reader.result;
        preview.hidden = false;
      });
      reader.readAsDataURL(source);
    }
    alt.focus();
  };

  const send = async () => {
    const image = pending;
    if (!image) return;
    const text = alt.value.trim();
    if (!text) {
      status.textContent = say('editor.alt.needed');
      alt.focus();
      return;
    }
    submit.disabled = true;
    status.textContent = image.busyText;
    try {
      const stored = await image.store(text);
      if (pending !== image) return;
      reset();
      options.onStored(stored);
    } catch (error) {
      status.textContent = failureMessage(error);
      submit.disabled = false;
    }
  };

  onEnter(alt, () => void send());
  submit.addEventListener('click', () => void send());
  cancel.addEventListener('click', options.onCancel);

  return {
    root,
    begin,
    refuse(name, reason) {
      show(name);
      submit.hidden = true;
      altField.hidden = true;
      status.textContent = reason;
      cancel.focus();
    },
    reset,
  };
}
