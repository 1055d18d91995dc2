import { decodeHTML } from 'entities';
import { replaceShortcodes, type Shortcode } from './shortcode-syntax.ts';

/**
 * WordPress shortcodes turned into the plain HTML they stood for. Only WordPress's own media
 * shortcodes have an equivalent here; every other shortcode is removed and its enclosed text
 * kept, so a plugin's `[highlight]…[/highlight]` leaves its words behind.
 */

export interface MediaFile {
  url: string;
  title: string;
}

export interface ShortcodeContext {
  /** The files the export lists, by attachment id. */
  attachments: ReadonlyMap<string, MediaFile>;
  /** The ids of the files uploaded to each post, in WordPress's gallery order. */
  attachmentsByParent: ReadonlyMap<string, readonly string[]>;
  /** The post whose body this is: a `[gallery]` without ids shows its files. */
  postId: string;
}

/**
 * Names that are shortcodes even when written bare (`[gallery]`, `[playlist]`). Anything
 * else in brackets counts as a shortcode only with a closing tag, a `/]` or a `key="value"`
 * attribute: bracketed asides in prose ("[sic]", "[simple boat]") stay text.
 */
const BARE_SHORTCODES = new Set([
  'archives',
  'audio',
  'caption',
  'contact-form',
  'embed',
  'gallery',
  'gist',
  'playlist',
  'slideshow',
  'soundcloud',
  'video',
  'vimeo',
  'wp_caption',
  'wpvideo',
  'youtube',
]);

const AUDIO_KEYS = ['src', 'mp3', 'm4a', 'ogg', 'wav', 'wma', 'flac'];
const VIDEO_KEYS = ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv'];
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|svg|heic)(?:[?#]|$)/i;

export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** A link to `url` showing the address itself; `url` as written in HTML (entities allowed). */
export function linkTo(url: string, text?: string): string {
  const href = escapeAttribute(decodeHTML(url.trim()));
  return `<a href="${href}">${text === undefined ? href : escapeAttribute(text)}</a>`;
}

/** Expands the shortcodes of one post body (or of a shortcode's content). */
export function expandShortcodes(html: string, context: ShortcodeContext): string {
  return replaceShortcodes(html, (shortcode) => render(shortcode, context));
}

function render(shortcode: Shortcode, context: ShortcodeContext): string {
  const inner = (): string => expandShortcodes(shortcode.content ?? '', context);
  switch (shortcode.name) {
    case 'caption':
    case 'wp_caption':
      return caption(shortcode, inner());
    case 'gallery':
      return gallery(shortcode, context);
    case 'playlist':
      return playlist(shortcode, context);
    case 'embed':
      return shortcode.content?.trim() ? linkTo(shortcode.content) : '';
    case 'audio':
    case 'video': {
      const url = mediaUrl(shortcode, shortcode.name === 'audio' ? AUDIO_KEYS : VIDEO_KEYS);
      return url ? linkTo(url) : inner();
    }
    default:
      return isShortcode(shortcode) ? inner() : shortcode.text;
  }
}

function isShortcode(shortcode: Shortcode): boolean {
  return (
    shortcode.content !== null ||
    shortcode.isSelfClosing ||
    shortcode.hasNamedAttributes ||
    BARE_SHORTCODES.has(shortcode.name)
  );
}

/**
 * `img_caption_shortcode()`: the caption is the `caption` attribute of old posts, else the
 * text after the (linked) image.
 */
function caption(shortcode: Shortcode, content: string): string {
  let media = content;
  let text = shortcode.attributes.caption ?? null;
  if (text === null) {
    const parts = /^([\s\S]*?(?:<a [^>]+>\s*)?<img [^>]+>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(content);
    if (parts) {
      media = parts[1] ?? '';
      text = (parts[2] ?? '').trim();
    }
  }
  if (!text) return content;
  return `<figure>${media.trim()}<figcaption>${text}</figcaption></figure>`;
}

function idList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => /^\d+$/.test(id));
}

/** The files a gallery or playlist shows: its `ids`, else those uploaded to the post. */
function filesOf(shortcode: Shortcode, context: ShortcodeContext): MediaFile[] {
  const { attributes } = shortcode;
  const chosen = idList(attributes.ids ?? attributes.include);
  const excluded = new Set(idList(attributes.exclude));
  const ids = chosen.length
    ? chosen
    : (context.attachmentsByParent.get(attributes.id ?? context.postId) ?? []);
  return ids
    .filter((id) => !excluded.has(id))
    .map((id) => context.attachments.get(id))
    .filter((file): file is MediaFile => file !== undefined);
}

/** `gallery_shortcode()`: the images, each linking to its full-size file. */
function gallery(shortcode: Shortcode, context: ShortcodeContext): string {
  const images = filesOf(shortcode, context).filter(
    (file) => IMAGE_FILE.test(file.url) || !/\.\w{2,5}(?:[?#]|$)/.test(file.url),
  );
  if (images.length === 0) return '';
  const items = images.map((image) => {
    const url = escapeAttribute(image.url);
    return `<li><a href="${url}"><img src="${url}" alt="${escapeAttribute(image.title)}"></a></li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** `wp_playlist_shortcode()`: a list of links to the files. */
function playlist(shortcode: Shortcode, context: ShortcodeContext): string {
  const files = filesOf(shortcode, context).filter((file) => !IMAGE_FILE.test(file.url));
  if (files.length === 0) return '';
  const items = files.map(
    (file) =>
      `<li><a href="${escapeAttribute(file.url)}">${escapeAttribute(file.title || file.url)}</a></li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

/** The file an `[audio]`/`[video]` plays: `src`, a format key, or a bare URL (`[audio URL]`). */
function mediaUrl(shortcode: Shortcode, keys: string[]): string | null {
  for (const key of keys) {
    const value = shortcode.attributes[key]?.trim();
    if (value) return value;
  }
  const positional = shortcode.attributes['0']?.trim();
  return positional && /^https?:\/\//i.test(positional) ? positional : null;
}
