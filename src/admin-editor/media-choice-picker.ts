/// <reference lib="dom" />
import { element } from './dom-elements.ts';
import { say } from './editor-words.ts';
import { createMediaChoiceDialog } from './media-choice-dialog.ts';
import type { LibraryImage } from './media-library-client.ts';

/**
 * Puts a picker in front of each image field the server drew (`[data-media-picker]`, see
 * src/views/admin/components/media-choice-field.tsx): the thumbnail, "Choose image" (the
 * library in a dialog), "Upload", "Remove", and images dropped on the field or pasted while
 * it has the focus. The field's `<select>` stays in the form, hidden, and carries the choice:
 * autosave and the Save button send it as they would without this script.
 */

/** The empty state: the field's own words for no image, and what can be done about it. */
function noImage(noneLabel: string): HTMLElement {
  return element('p', { class: 'media-choice-none' }, [
    noneLabel,
    element('span', { class: 'hint' }, [say('editor.choice.dropHint')]),
  ]);
}

function enhance(field: HTMLElement, select: HTMLSelectElement): void {
  const label = select.labels?.[0];
  if (!label) return;
  const csrfToken = select.form?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value;
  const preview = field.querySelector<HTMLElement>('.media-choice-preview');
  if (!preview) return;
  const noneLabel = select.querySelector<HTMLOptionElement>('option[value=""]')?.text ?? '';
  const captionId = `${select.id}-caption`;
  const caption = element('p', { id: captionId, class: 'media-choice-caption' });
  const choose = element('button', { type: 'button', class: 'secondary' }, [
    say('editor.choice.choose'),
  ]);
  const upload = element('button', { type: 'button', class: 'secondary' }, [
    say('editor.choice.upload'),
  ]);
  const remove = element('button', { type: 'button', class: 'secondary media-choice-remove' }, [
    say('editor.choice.remove'),
  ]);
  const dialog = createMediaChoiceDialog({
    title: label.textContent ?? '',
    target: { endpoint: field.dataset.mediaPicker ?? '', csrfToken: csrfToken ?? '' },
    currentId: () => select.value,
    onChosen: (image) => apply(image),
  });

  const render = (thumbnailUrl: string | undefined) => {
    const hasImage = select.value !== '' && thumbnailUrl !== undefined;
    preview.replaceChildren(
      hasImage
        ? element('img', { class: 'media-choice-thumbnail', src: thumbnailUrl, alt: '' })
        : noImage(noneLabel),
    );
    caption.textContent = hasImage ? (select.selectedOptions[0]?.text ?? '') : '';
    caption.hidden = !hasImage;
    remove.hidden = !hasImage;
  };
  // The choice changed: autosave and the unsaved-changes check listen for this.
  const changed = () => select.dispatchEvent(new Event('change', { bubbles: true }));

  const apply = (image: LibraryImage) => {
    let option = [...select.options].find((candidate) => candidate.value === image.id);
    if (!option) {
      // A new upload, or an image older than the library's first page.
      option = new Option('', image.id);
      select.add(option);
    }
    option.text = `${image.name}: ${image.alt}`;
    select.value = image.id;
    render(image.thumbnailUrl);
    changed();
  };

  // The group is named by the field's label; the label no longer points at the hidden choice.
  label.id ||= `${select.id}-label`;
  label.removeAttribute('for');
  label.addEventListener('click', () => choose.focus());
  field.setAttribute('role', 'group');
  field.setAttribute('aria-labelledby', label.id);
  // The error summary links to the field's id: it now leads to the button.
  choose.id = select.id;
  select.removeAttribute('id');
  choose.setAttribute(
    'aria-describedby',
    [captionId, select.getAttribute('aria-describedby')].filter(Boolean).join(' '),
  );
  label.after(
    preview,
    caption,
    element('div', { class: 'actions media-choice-actions' }, [choose, upload, remove]),
  );
  select.hidden = true;
  render(preview.querySelector('img')?.getAttribute('src') ?? undefined);

  choose.addEventListener('click', () => dialog.open(choose));
  upload.addEventListener('click', () => dialog.chooseFile(upload));
  remove.addEventListener('click', () => {
    select.value = '';
    render(undefined);
    changed();
    choose.focus();
  });
  field.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    field.classList.add('is-dropping');
  });
  field.addEventListener('dragleave', (event) => {
    if (!field.contains(event.relatedTarget as Node | null)) field.classList.remove('is-dropping');
  });
  field.addEventListener('drop', (event) => {
    field.classList.remove('is-dropping');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    dialog.upload(file, choose);
  });
  // Pasted while one of the field's buttons has the focus (a screenshot, say).
  field.addEventListener('paste', (event) => {
    const file = event.clipboardData?.files[0];
    if (!file) return;
    event.preventDefault();
    dialog.upload(file, choose);
  });
}

/** Enhances every image field on the page that can be changed now. */
export function startMediaChoicePickers(): void {
  // Browsers without <dialog> (before 2022) keep the plain choice, which works.
  if (typeof HTMLDialogElement !== 'function') return;
  for (const field of document.querySelectorAll<HTMLElement>('[data-media-picker]')) {
    const select = field.querySelector('select');
    if (!select || select.disabled || field.closest('fieldset:disabled')) continue;
    try {
      enhance(field, select);
    } catch (error) {
      console.error('The image picker could not start; the plain choice stays.', error);
    }
  }
}
