/// <reference lib="dom" />
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { element, onEnter, uniqueId } from './dom-elements.ts';
import { isAcceptableHref } from './editor-extensions.ts';
import { focusTextNow } from './editor-focus.ts';
import { say } from './editor-words.ts';

export interface EditorPanel {
  root: HTMLElement;
  open(): void;
  close(): void;
}

/**
 * Adds, changes or removes the link at the selection. A small form rather than a prompt(),
 * so it can explain a refused address and be used with a screen reader.
 */
export function createLinkPanel(editor: Editor, onClose: () => void): EditorPanel {
  const inputId = uniqueId('editor-link');
  const messageId = `${inputId}-message`;
  // Not type="url": the panel sits inside the item form, and a path like /about (fine here)
  // would fail the browser's URL check and block saving the whole form.
  const input = element('input', {
    id: inputId,
    type: 'text',
    inputmode: 'url',
    placeholder: 'https://',
    'aria-describedby': messageId,
  });
  const message = element('p', { id: messageId, class: 'hint', role: 'status' }, [
    say('editor.link.hint'),
  ]);
  const apply = element('button', { type: 'button' }, [say('editor.link.apply')]);
  const remove = element('button', { type: 'button', class: 'secondary' }, [
    say('editor.link.remove'),
  ]);
  const cancel = element('button', { type: 'button', class: 'secondary' }, [say('editor.cancel')]);
  const root = element(
    'div',
    {
      class: 'editor-panel',
      role: 'group',
      'aria-label': say('editor.toolbar.link'),
      hidden: true,
    },
    [
      element('label', { for: inputId }, [say('editor.link.label')]),
      input,
      message,
      element('div', { class: 'actions' }, [apply, remove, cancel]),
    ],
  );

  const close = () => {
    root.hidden = true;
    onClose();
    focusTextNow(editor);
  };

  const applyLink = () => {
    const href = input.value.trim();
    if (!href) {
      close();
      return;
    }
    if (!isAcceptableHref(href)) {
      message.textContent = say('editor.link.refused');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    root.hidden = true;
    onClose();
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] });
    } else {
      chain.extendMarkRange('link').setLink({ href });
    }
    // The linked text would stay selected, and the next Enter or letter would replace it: the
    // cursor goes to the end of the link instead, and what is typed next is not linked.
    chain
      .command(({ tr }) => {
        tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));
        return true;
      })
      .unsetMark('link')
      .run();
    focusTextNow(editor);
  };

  onEnter(input, applyLink);
  apply.addEventListener('click', applyLink);
  remove.addEventListener('click', () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    close();
  });
  cancel.addEventListener('click', close);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  return {
    root,
    open() {
      input.value = (editor.getAttributes('link').href as string | undefined) ?? '';
      input.removeAttribute('aria-invalid');
      root.hidden = false;
      input.focus();
    },
    close() {
      root.hidden = true;
    },
  };
}
