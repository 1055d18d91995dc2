/**
 * A post's body as HTML. Ghost exports carry the rendered `html` (kept as written); when it
 * is missing, the body is rebuilt as plain paragraphs from what is there: the `plaintext`
 * rendition, or the text of the editor document (Ghost 5's Lexical, Ghost 1–4's Mobiledoc).
 * Cards (images, embeds, buttons) are not rebuilt: without `html` their markup is unknown.
 */

/** Ghost writes its own origin as this placeholder so an export can move to another URL. */
const GHOST_URL_PLACEHOLDER = '__GHOST_URL__';

/**
 * Puts the site's address (without a trailing slash) where Ghost wrote its placeholder; with
 * no address known, `''` leaves a site-relative path such as `/content/images/…`.
 */
export function resolveGhostUrl(value: string, siteAddress: string): string {
  return value.replaceAll(GHOST_URL_PLACEHOLDER, siteAddress);
}

export interface GhostBodySources {
  html: string | null;
  plaintext: string | null;
  lexical: string | null;
  mobiledoc: string | null;
}

/** Thrown when the only text left is an editor document that is not valid JSON. */
export class UnreadableEditorDocumentError extends Error {
  constructor(readonly column: 'lexical' | 'mobiledoc') {
    super(`${column} is not valid JSON`);
  }
}

/** The body's HTML, from the first of html, plaintext, lexical, mobiledoc that has content. */
export function ghostBodyHtml(post: GhostBodySources): string {
  if (hasContent(post.html)) return post.html;
  if (hasContent(post.plaintext)) return paragraphsHtml(plaintextParagraphs(post.plaintext));
  if (hasContent(post.lexical)) {
    return paragraphsHtml(lexicalParagraphs(parseDocument(post.lexical, 'lexical')));
  }
  if (hasContent(post.mobiledoc)) {
    return paragraphsHtml(mobiledocParagraphs(parseDocument(post.mobiledoc, 'mobiledoc')));
  }
  return '';
}

function hasContent(value: string | null): value is string {
  return value !== null && value.trim() !== '';
}

/** Ghost's plaintext wraps lines at 80 characters: blank lines part paragraphs, others wrap. */
function plaintextParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' '));
}

function paragraphsHtml(paragraphs: string[]): string {
  return paragraphs
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>`)
    .join('\n');
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function parseDocument(json: string, column: 'lexical' | 'mobiledoc'): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new UnreadableEditorDocumentError(column);
  }
}

type LexicalNode = { type?: unknown; text?: unknown; children?: unknown };

function lexicalChildren(node: unknown): LexicalNode[] {
  const children = (node as LexicalNode | null)?.children;
  return Array.isArray(children) ? (children as LexicalNode[]) : [];
}

/** One paragraph per block: each top-level node, and each item of a (nested) list. */
function lexicalParagraphs(document: unknown): string[] {
  const root = (document as { root?: unknown } | null)?.root;
  return lexicalChildren(root).flatMap(lexicalBlocks);
}

function lexicalBlocks(node: LexicalNode): string[] {
  if (node.type === 'list') return lexicalChildren(node).flatMap(lexicalBlocks);
  const children = lexicalChildren(node);
  const nested = children.filter((child) => child.type === 'list');
  const inline = children.filter((child) => child.type !== 'list');
  return [inline.map(lexicalText).join(''), ...nested.flatMap(lexicalBlocks)];
}

function lexicalText(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return ' ';
  return lexicalChildren(node).map(lexicalText).join('');
}

/**
 * Mobiledoc sections: `[1, tag, markers]` is a paragraph or heading, `[3, tag, items]` a
 * list; a text marker is `[0, openMarkups, closedCount, text]`, and atoms (`[1, …]`, such as
 * soft returns) read as a space. Cards and images (`[10, …]`, `[2, …]`) have no text.
 */
function mobiledocParagraphs(document: unknown): string[] {
  const sections = (document as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections)) return [];
  return sections.flatMap((section: unknown): string[] => {
    if (!Array.isArray(section)) return [];
    if (section[0] === 1) return [markersText(section[2])];
    if (section[0] === 3 && Array.isArray(section[2])) return section[2].map(markersText);
    return [];
  });
}

function markersText(markers: unknown): string {
  if (!Array.isArray(markers)) return '';
  return markers
    .map((marker: unknown) => {
      if (!Array.isArray(marker)) return '';
      if (marker[0] === 0 && typeof marker[3] === 'string') return marker[3];
      return marker[0] === 1 ? ' ' : '';
    })
    .join('');
}
