/// <reference lib="dom" />
import type { Editor } from '@tiptap/core';
import { element } from './dom-elements.ts';

/** A toolbar button: a formatting toggle (with a pressed state) or an opener of a panel. */
interface ToolbarAction {
  label: string;
  run(editor: Editor): void;
  isActive?(editor: Editor): boolean;
}

export interface ToolbarPanels {
  openLink(): void;
  openImagePicker(opener: HTMLButtonElement): void;
}

function formattingActions(panels: ToolbarPanels): ToolbarAction[] {
  return [
    {
      label: 'Heading 2',
      run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
      isActive: (editor) => editor.isActive('heading', { level: 2 }),
    },
    {
      label: 'Heading 3',
      run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
      isActive: (editor) => editor.isActive('heading', { level: 3 }),
    },
    {
      label: 'Bold',
      run: (editor) => editor.chain().focus().toggleBold().run(),
      isActive: (editor) => editor.isActive('bold'),
    },
    {
      label: 'Italic',
      run: (editor) => editor.chain().focus().toggleItalic().run(),
      isActive: (editor) => editor.isActive('italic'),
    },
    {
      label: 'Link',
      run: () => panels.openLink(),
      isActive: (editor) => editor.isActive('link'),
    },
    {
      label: 'Bulleted list',
      run: (editor) => editor.chain().focus().toggleBulletList().run(),
      isActive: (editor) => editor.isActive('bulletList'),
    },
    {
      label: 'Numbered list',
      run: (editor) => editor.chain().focus().toggleOrderedList().run(),
      isActive: (editor) => editor.isActive('orderedList'),
    },
    {
      label: 'Quote',
      run: (editor) => editor.chain().focus().toggleBlockquote().run(),
      isActive: (editor) => editor.isActive('blockquote'),
    },
  ];
}

/**
 * The row of formatting buttons. Each is a real button named for what it does; toggles
 * report their state with aria-pressed, kept current as the selection moves.
 */
export function createToolbar(editor: Editor, panels: ToolbarPanels): HTMLElement {
  const toggles: { button: HTMLButtonElement; action: ToolbarAction }[] = [];
  const buttons = formattingActions(panels).map((action) => {
    const button = element(
      'button',
      { type: 'button', class: 'editor-button', 'aria-label': action.label },
      [action.label],
    );
    // A mouse press would move focus from the text to the button; the keyboard still reaches it.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => action.run(editor));
    if (action.isActive) toggles.push({ button, action });
    return button;
  });
  const imageButton = element(
    'button',
    {
      type: 'button',
      class: 'editor-button',
      'aria-label': 'Image from the media library',
      'aria-expanded': 'false',
    },
    ['Image'],
  );
  imageButton.addEventListener('click', () => panels.openImagePicker(imageButton));

  const refresh = () => {
    for (const { button, action } of toggles) {
      button.setAttribute('aria-pressed', String(action.isActive?.(editor) ?? false));
    }
  };
  refresh();
  editor.on('transaction', refresh);

  return element('div', { class: 'editor-toolbar', role: 'group', 'aria-label': 'Formatting' }, [
    ...buttons,
    imageButton,
  ]);
}
