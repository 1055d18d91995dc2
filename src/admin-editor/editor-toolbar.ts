/// <reference lib="dom" />
import type { Editor } from '@tiptap/core';
import { element } from './dom-elements.ts';
import { type IconName, icon } from './editor-icons.ts';
import { type EditorMessageKey, say } from './editor-words.ts';

/** A toolbar button: a formatting toggle (with a pressed state) or an opener of a panel. */
interface ToolbarAction {
  label: EditorMessageKey;
  icon: IconName;
  run(editor: Editor, button: HTMLButtonElement): void;
  isActive?(editor: Editor): boolean;
  /** Opens a panel: reports aria-expanded instead of aria-pressed. */
  opensPanel?: boolean;
}

interface ToolbarGroup {
  label: EditorMessageKey;
  actions: ToolbarAction[];
}

export interface ToolbarPanels {
  openLink(): void;
  openImagePicker(opener: HTMLButtonElement): void;
  chooseImageFile(): void;
}

function toolbarGroups(panels: ToolbarPanels): ToolbarGroup[] {
  return [
    {
      label: 'editor.toolbar.headings',
      actions: [
        {
          label: 'editor.toolbar.heading2',
          icon: 'heading2',
          run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
          isActive: (editor) => editor.isActive('heading', { level: 2 }),
        },
        {
          label: 'editor.toolbar.heading3',
          icon: 'heading3',
          run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
          isActive: (editor) => editor.isActive('heading', { level: 3 }),
        },
      ],
    },
    {
      label: 'editor.toolbar.text',
      actions: [
        {
          label: 'editor.toolbar.bold',
          icon: 'bold',
          run: (editor) => editor.chain().focus().toggleBold().run(),
          isActive: (editor) => editor.isActive('bold'),
        },
        {
          label: 'editor.toolbar.italic',
          icon: 'italic',
          run: (editor) => editor.chain().focus().toggleItalic().run(),
          isActive: (editor) => editor.isActive('italic'),
        },
        {
          label: 'editor.toolbar.link',
          icon: 'link',
          run: () => panels.openLink(),
          isActive: (editor) => editor.isActive('link'),
        },
      ],
    },
    {
      label: 'editor.toolbar.blocks',
      actions: [
        {
          label: 'editor.toolbar.bulletList',
          icon: 'bulletList',
          run: (editor) => editor.chain().focus().toggleBulletList().run(),
          isActive: (editor) => editor.isActive('bulletList'),
        },
        {
          label: 'editor.toolbar.orderedList',
          icon: 'orderedList',
          run: (editor) => editor.chain().focus().toggleOrderedList().run(),
          isActive: (editor) => editor.isActive('orderedList'),
        },
        {
          label: 'editor.toolbar.quote',
          icon: 'quote',
          run: (editor) => editor.chain().focus().toggleBlockquote().run(),
          isActive: (editor) => editor.isActive('blockquote'),
        },
      ],
    },
    {
      label: 'editor.toolbar.images',
      actions: [
        {
          label: 'editor.toolbar.uploadImage',
          icon: 'upload',
          run: () => panels.chooseImageFile(),
        },
        {
          label: 'editor.toolbar.libraryImage',
          icon: 'image',
          run: (_editor, button) => panels.openImagePicker(button),
          opensPanel: true,
        },
      ],
    },
  ];
}

function toolbarButton(editor: Editor, action: ToolbarAction): HTMLButtonElement {
  const label = say(action.label);
  const button = element('button', {
    type: 'button',
    class: 'editor-button',
    'aria-label': label,
    // The name shows on hover too, for sighted people who do not know the icon.
    title: label,
    'aria-expanded': action.opensPanel ? 'false' : undefined,
  });
  button.append(icon(action.icon));
  // A mouse press would move focus from the text to the button; the keyboard still reaches it.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => action.run(editor, button));
  return button;
}

/**
 * The formatting buttons, in named groups. Each is a real button named for what it does (the
 * icon is decoration); toggles report their state with aria-pressed, kept current as the
 * selection moves. admin.css keeps the bar stuck to the top of the window on long posts.
 */
export function createToolbar(editor: Editor, panels: ToolbarPanels): HTMLElement {
  const toggles: { button: HTMLButtonElement; action: ToolbarAction }[] = [];
  const groups = toolbarGroups(panels).map((group) =>
    element(
      'div',
      { class: 'editor-toolbar-group', role: 'group', 'aria-label': say(group.label) },
      group.actions.map((action) => {
        const button = toolbarButton(editor, action);
        if (action.isActive) toggles.push({ button, action });
        return button;
      }),
    ),
  );

  const refresh = () => {
    for (const { button, action } of toggles) {
      button.setAttribute('aria-pressed', String(action.isActive?.(editor) ?? false));
    }
  };
  refresh();
  editor.on('transaction', refresh);

  return element(
    'div',
    { class: 'editor-toolbar', role: 'group', 'aria-label': say('editor.toolbar.formatting') },
    groups,
  );
}
