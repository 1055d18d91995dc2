/**
 * How long an item's fields may be. The content service refuses longer input; importers,
 * which must take whatever an old site held, cut it to fit instead.
 */
export const ITEM_LIMITS = {
  title: 300,
  slug: 200,
  excerpt: 500,
  /** Characters of body HTML. */
  body: 2_000_000,
} as const;

/** A language tag as items carry it: `en`, `fil`, `pt-BR`. */
export const LOCALE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** How much of a body's text an excerpt made from it keeps. */
const EXCERPT_LENGTH = 200;

/** The excerpt an item gets from its body's plain text when nobody wrote one: cut at a word. */
export function excerptFrom(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  return `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')}…`;
}
