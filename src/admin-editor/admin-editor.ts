/// <reference lib="dom" />
import { Editor } from '@tiptap/core';
import { startAutosave } from './autosave.ts';
import { element } from './dom-elements.ts';
import { editorExtensions } from './editor-extensions.ts';
import { createToolbar } from './editor-toolbar.ts';
import { createImagePicker } from './image-picker.ts';
import { createImageUpload, fileDropProps } from './image-upload.ts';
import { createLinkPanel } from './link-panel.ts';
import { startMediaChoicePickers } from './media-choice-picker.ts';
import { startScheduleLabel } from './schedule-label.ts';
import { startSharePreview } from './share-preview.ts';
import { createWordCount } from './word-count.ts';

/**
 * The admin editor island: turns each `<textarea data-rich-text>` into a TipTap editor. The
 * textarea stays in the form and carries the HTML on submit, so the server sees the same
 * field with or without this script; if anything here fails, the textarea is left as it was.
 */

function labelIdOf(textarea: HTMLTextAreaElement): string | undefined {
  const label = textarea.labels?.[0];
  if (!label) return undefined;
  if (!label.id) label.id = `${textarea.id}-label`;
  return label.id;
}

function enhance(textarea: HTMLTextAreaElement): void {
  const mount = element('div', { class: 'editor-content' });
  const labelId = labelIdOf(textarea);
  const editor = new Editor({
    element: mount,
    extensions: editorExtensions(),
    content: textarea.value,
    // TipTap would add a <style> element, which the CSP refuses: admin.css carries those rules.
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        ...(labelId ? { 'aria-labelledby': labelId } : {}),
        ...describedBy(textarea),
      },
    },
  });
  const sync = () => {
    textarea.value = editor.getHTML();
  };
  // Setting the value fires no event: autosave and the unsaved-changes check listen for this.
  editor.on('update', () => textarea.dispatchEvent(new Event('input', { bubbles: true })));
  editor.on('update', sync);
  textarea.form?.addEventListener('submit', sync);

  let expandedOpener: HTMLButtonElement | undefined;
  const collapse = () => {
    expandedOpener?.setAttribute('aria-expanded', 'false');
    expandedOpener = undefined;
  };
  const linkPanel = createLinkPanel(editor, collapse);
  const mediaEndpoint = textarea.dataset.mediaSearch ?? '/admin/media.json';
  const imagePicker = createImagePicker(editor, mediaEndpoint, collapse);
  const csrfField = textarea.form?.querySelector<HTMLInputElement>('input[name="_csrf"]');
  // The same address takes uploads (POST), with the page's CSRF token in a header.
  const upload = createImageUpload(
    editor,
    { endpoint: mediaEndpoint, csrfToken: csrfField?.value ?? '' },
    () => {
      linkPanel.close();
      imagePicker.close();
      collapse();
    },
  );
  // Files dropped or pasted into the text go to the upload panel.
  editor.setOptions({ editorProps: { ...editor.options.editorProps, ...fileDropProps(upload) } });
  const toolbar = createToolbar(editor, {
    openLink() {
      imagePicker.close();
      upload.close();
      collapse();
      linkPanel.open();
    },
    openImagePicker(opener) {
      linkPanel.close();
      upload.close();
      expandedOpener = opener;
      opener.setAttribute('aria-expanded', 'true');
      imagePicker.open();
    },
    chooseImageFile: () => upload.chooseFile(),
  });

  const wrapper = element('div', { class: 'rich-text-editor' }, [
    toolbar,
    linkPanel.root,
    imagePicker.root,
    upload.root,
    mount,
    createWordCount(editor),
  ]);
  textarea.before(wrapper);
  // Only now, with the editor working, does the plain field step aside.
  textarea.hidden = true;
  textarea.labels?.[0]?.addEventListener('click', () => editor.commands.focus());
}

function describedBy(textarea: HTMLTextAreaElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  const described = textarea.getAttribute('aria-describedby');
  if (described) attributes['aria-describedby'] = described;
  if (textarea.getAttribute('aria-invalid') === 'true') attributes['aria-invalid'] = 'true';
  return attributes;
}

for (const textarea of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-rich-text]')) {
  if (textarea.disabled || textarea.closest('fieldset:disabled')) continue;
  try {
    enhance(textarea);
  } catch (error) {
    // The plain textarea still works; say why in the console for whoever debugs it.
    console.error('The rich-text editor could not start; the plain field stays.', error);
  }
}

// The image fields (featured image …) work without the rich-text editor, so apart from it.
startMediaChoicePickers();

// After the editors: their changes reach the form's textareas, which autosave sends.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-autosave]')) {
  startAutosave(form);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.item-form')) {
  startSharePreview(form);
  startScheduleLabel(form);
}
