import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';
import type { SanitizedHtml } from '../../lib/sanitize-body-html.ts';
import { SANITIZED_BODY_PASS } from './email-body-html.ts';

const BLOCKS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'table',
  'caption',
  'tr',
  'hr',
]);

interface ListFrame {
  isOrdered: boolean;
  next: number;
}

/**
 * Writes a body as plain text while a parser walks it: paragraphs apart, list items with
 * "- " or "1. ", quotes with "> ", links as "text (url)", images as their alt. Lines are not
 * wrapped: mail clients wrap, and a wrapped URL breaks.
 */
class BodyTextWriter {
  private readonly paragraphs: { text: string; isNextItem: boolean }[] = [];
  /** Whether the next paragraph opens a list, which stands apart from one just before it. */
  private isListStart = false;
  private line = '';
  private readonly lists: ListFrame[] = [];
  private readonly links: { href: string; start: number }[] = [];
  private quoteDepth = 0;
  private preDepth = 0;
  private cellsInRow = 0;

  constructor(private readonly resolve: (url: string) => string | undefined) {}

  open(name: string, attribs: Record<string, string>): void {
    // A paragraph inside a list item continues the item's line, after its marker.
    if (BLOCKS.has(name) && !/^\s*(?:- |\d+\. )$/.test(this.line)) this.endParagraph();
    if (name === 'li') {
      const list = this.lists.at(-1);
      const marker = list?.isOrdered ? `${list.next++}. ` : '- ';
      this.line = '  '.repeat(Math.max(0, this.lists.length - 1)) + marker;
    } else if (name === 'ul' || name === 'ol') {
      const start = Number(attribs.start);
      if (this.lists.length === 0) this.isListStart = true;
      this.lists.push({ isOrdered: name === 'ol', next: Number.isInteger(start) ? start : 1 });
    } else if (name === 'blockquote') this.quoteDepth++;
    else if (name === 'pre') this.preDepth++;
    else if (name === 'a') this.links.push({ href: attribs.href ?? '', start: this.line.length });
    else if (name === 'img' && attribs.alt?.trim()) this.add(attribs.alt.trim());
    else if (name === 'br') this.line += '\n';
    else if (name === 'tr') this.cellsInRow = 0;
    else if ((name === 'td' || name === 'th') && this.cellsInRow++ > 0) this.line += ' | ';
    else if (name === 'hr') this.paragraphs.push({ text: '---', isNextItem: false });
  }

  close(name: string): void {
    if (name === 'a') this.closeLink();
    else if (name === 'ul' || name === 'ol') this.lists.pop();
    if (BLOCKS.has(name)) this.endParagraph();
    if (name === 'blockquote') this.quoteDepth--;
    else if (name === 'pre') this.preDepth--;
  }

  text(escaped: string): void {
    const text = decodeHTML(escaped);
    if (this.preDepth > 0) this.line += text;
    else this.add(text.replace(/\s+/g, ' '));
  }

  result(): string {
    this.endParagraph();
    // A list's items stay on consecutive lines; everything else is a paragraph apart.
    return this.paragraphs
      .map(({ text, isNextItem }, index) =>
        index === 0 ? text : (isNextItem ? '\n' : '\n\n') + text,
      )
      .join('');
  }

  private add(text: string): void {
    // Whitespace collapses across inline tags as a browser would.
    const isAtLineStart =
      this.line === '' || this.line.endsWith('\n') || /^\s*(?:- |\d+\. )$/.test(this.line);
    this.line += isAtLineStart ? text.replace(/^ /, '') : text;
  }

  private closeLink(): void {
    const link = this.links.pop();
    const url = link && this.resolve(link.href);
    if (!link || !url) return;
    const label = this.line.slice(link.start).trim();
    // A link whose text is its address is written once.
    if (label === url || label === link.href) return;
    this.line += label ? ` (${url})` : url;
  }

  private endParagraph(): void {
    const text = this.line.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '');
    this.line = '';
    if (!text.trim()) return;
    const prefix = '> '.repeat(this.quoteDepth);
    const quoted = prefix ? text.replace(/^/gm, prefix) : text;
    // A figure's caption often repeats its image's alt text: say it once.
    if (this.paragraphs.at(-1)?.text === quoted) return;
    this.paragraphs.push({ text: quoted, isNextItem: this.lists.length > 0 && !this.isListStart });
    this.isListStart = false;
  }
}

/** A stored body as plain text for an email's text part, with absolute links. */
export function emailBodyText(
  html: SanitizedHtml,
  resolve: (url: string) => string | undefined,
): string {
  const writer = new BodyTextWriter(resolve);
  // sanitize-html is the parser here (it is already a dependency, and the body was sanitized
  // by it): its callbacks come in document order, and its own output is thrown away.
  sanitizeHtml(html, {
    ...SANITIZED_BODY_PASS,
    onOpenTag: (name, attribs) => writer.open(name, attribs),
    onCloseTag: (name) => writer.close(name),
    textFilter: (text) => {
      writer.text(text);
      return text;
    },
  });
  return writer.result();
}
