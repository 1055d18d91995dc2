import { expandShortcodes, linkTo, type ShortcodeContext } from './shortcodes.ts';
import { replaceInHtmlTags, wpautop } from './wpautop.ts';

/**
 * A post body as WordPress would display it, minus what only WordPress can render: page
 * breaks and the "more" mark dropped, URLs alone on a line (WordPress's auto-embeds) and media
 * shortcodes made plain links and figures, and, for classic-editor content, WordPress's
 * paragraphs added. Block-editor content is HTML already (its `<!-- wp:… -->` comments are
 * left for the sanitizer).
 */
export function wordpressBodyHtml(content: string, context: ShortcodeContext): string {
  const isBlockContent = content.includes('<!-- wp:');
  // A page break joins two pages: in classic content a blank line keeps them paragraphs apart.
  let html = content
    .replace(/<!--nextpage-->/g, isBlockContent ? '' : '\n\n')
    .replace(/<!--more(?:[\s\S]*?)-->|<!--noteaser-->/g, '');
  html = linkBareUrls(html);
  html = expandShortcodes(html, context);
  return isBlockContent ? html.trim() : wpautop(html).trim();
}

const LINE_BREAK = '<!-- wp-line-break -->';
/** PCRE's `[^\s<>"]` (ASCII whitespace only). */
const URL = 'https?://[^\\t\\n\\v\\f\\r <>"]+';

/**
 * `WP_Embed::autoembed()`: a URL alone on its line or in its own paragraph was an embed
 * (a video, a post on a social network); without the provider's player it becomes a link.
 */
export function linkBareUrls(html: string): string {
  let text = replaceInHtmlTags(html, '\n', LINE_BREAK);
  if (/(?:^|[\t\n\v\f\r >])https?:\/\//i.test(text)) {
    const link = (_: string, before: string, url: string, after: string): string =>
      before + linkTo(url) + after;
    text = text.replace(new RegExp(`^([\\t\\v\\f\\r ]*)(${URL})([\\t\\v\\f\\r ]*)$`, 'gim'), link);
    text = text.replace(new RegExp(`(<p(?: [^>]*)?>\\s*)(${URL})(\\s*</p>)`, 'gi'), link);
  }
  return text.replaceAll(LINE_BREAK, '\n');
}
