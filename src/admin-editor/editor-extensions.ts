/// <reference lib="dom" />
import type { Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';

/** Addresses a link may point to: the web, email, or a path on this site. */
export function isAcceptableHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href) || (href.startsWith('/') && !href.startsWith('//'));
}

/**
 * The editor's schema is kept to what the server's body allowlist keeps (p, h2, h3, strong,
 * em, a, ul, ol, li, blockquote, img), so what the author sees is what gets stored. The
 * server sanitizes again regardless: the editor is not trusted.
 */
export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      hardBreak: false,
      // It would end every body with an empty paragraph; the gap cursor reaches past images.
      trailingNode: false,
      // Configured below with the site's rules for links.
      link: false,
    }),
    Link.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      // The server adds rel="noopener noreferrer" to outside links; no targets or classes.
      HTMLAttributes: { target: null, rel: null, class: null },
      isAllowedUri: (url) => isAcceptableHref(url),
    }),
    Image.configure({ inline: false, allowBase64: false }),
  ];
}
