/// <reference lib="dom" />
import type { Editor } from '@tiptap/core';
import { GapCursor } from '@tiptap/pm/gapcursor';
import { NodeSelection, Selection, TextSelection } from '@tiptap/pm/state';
import { focusTextNow } from './editor-focus.ts';

export interface ImageAttributes {
  src: string;
  alt: string;
  width?: number | null;
  height?: number | null;
}

/**
 * Inserts an image (at `position`, or at the selection) and puts the cursor after it: in the
 * text block that follows, or in a new paragraph when the image is the last block. Left to
 * itself the editor keeps the new image selected, and the next keystroke would replace it.
 */
export function insertImage(editor: Editor, image: ImageAttributes, position?: number): void {
  const chain = editor.chain().focus();
  if (position !== undefined) chain.setTextSelection(position);
  chain
    .setImage({
      src: image.src,
      alt: image.alt,
      ...(image.width ? { width: image.width } : {}),
      ...(image.height ? { height: image.height } : {}),
    })
    .command(({ tr, state }) => {
      const { selection } = tr;
      if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'image') {
        return true;
      }
      const after = selection.to;
      const $after = tr.doc.resolve(after);
      const next = $after.nodeAfter;
      if (next?.isTextblock) {
        tr.setSelection(TextSelection.create(tr.doc, after + 1));
      } else if (next?.isAtom) {
        // Another image follows: the gap cursor, where typing starts a paragraph (an empty
        // one would be stored if the author typed nothing there).
        tr.setSelection(new GapCursor($after));
      } else if (next) {
        // A list or a quote: the start of its first line.
        tr.setSelection(Selection.near($after, 1));
      } else if (state.schema.nodes.paragraph) {
        tr.insert(after, state.schema.nodes.paragraph.create());
        tr.setSelection(TextSelection.create(tr.doc, after + 1));
      }
      return true;
    })
    .run();
  focusTextNow(editor);
}
