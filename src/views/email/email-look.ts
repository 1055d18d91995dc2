/**
 * The look every email shares, as inline CSS: mail clients (Gmail's app, Outlook) drop or
 * rewrite <style>, so each element carries its own. The colours are the site's (site.css).
 */

/** System fonts only (no remote fonts): each script finds a face the reader already has. */
export const FONT_STACK =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Devanagari', " +
  "'Noto Sans Bengali', 'Noto Sans Khmer', 'Khmer OS', 'Nirmala UI', 'Leelawadee UI', Arial, sans-serif";

export const COLOURS = {
  text: '#1d1d1f',
  muted: '#545458',
  page: '#f4f3ef',
  card: '#ffffff',
  accent: '#a3141c',
  accentText: '#ffffff',
  link: '#0b57a4',
  border: '#d8d6cf',
};

/** The card's width in the widest clients; the content inside it is narrower by the padding. */
export const EMAIL_WIDTH = 600;
export const CONTENT_WIDTH = EMAIL_WIDTH - 2 * 24;

// Khmer and Devanagari stack marks above and below the line: 1.7 keeps them from touching, and
// underlines sit below the marks. Nothing is italic: Khmer, Bengali and Devanagari have no
// italics, and browsers slant them crudely.
const TEXT = `font-family:${FONT_STACK};color:${COLOURS.text};`;

export const STYLES = {
  body: `margin:0;padding:0;width:100%;background-color:${COLOURS.page};-webkit-text-size-adjust:100%;`,
  siteTitle: `${TEXT}font-size:18px;line-height:1.5;font-weight:700;color:${COLOURS.accent};text-decoration:none;`,
  heading: `${TEXT}margin:0 0 20px;font-size:26px;line-height:1.5;font-weight:700;`,
  paragraph: `${TEXT}margin:0 0 16px;font-size:17px;line-height:1.7;`,
  small: `font-family:${FONT_STACK};margin:0 0 16px;font-size:14px;line-height:1.6;color:${COLOURS.muted};`,
  link: `color:${COLOURS.link};text-decoration:underline;text-underline-offset:0.25em;`,
  // A long URL must wrap rather than widen the card on a phone.
  longLink: `color:${COLOURS.link};text-decoration:underline;text-underline-offset:0.25em;word-break:break-all;`,
  buttonCell: `border-radius:6px;background-color:${COLOURS.accent};`,
  button: `display:inline-block;padding:14px 28px;font-family:${FONT_STACK};font-size:17px;line-height:1.4;font-weight:700;color:${COLOURS.accentText};text-decoration:none;border-radius:6px;`,
  itemTitle: `${TEXT}margin:0 0 6px;font-size:20px;line-height:1.5;font-weight:700;`,
  itemTitleLink: `color:${COLOURS.text};text-decoration:none;`,
  itemMeta: `font-family:${FONT_STACK};margin:0 0 8px;font-size:14px;line-height:1.6;color:${COLOURS.muted};`,
  itemExcerpt: `${TEXT}margin:0;font-size:16px;line-height:1.7;`,
  image: `display:block;width:100%;height:auto;border:0;outline:none;text-decoration:none;border-radius:4px;`,
  quoteText: `${TEXT}margin:0;font-size:17px;line-height:1.7;white-space:pre-line;`,
  quoteAttribution: `font-family:${FONT_STACK};margin:8px 0 0;font-size:14px;line-height:1.6;color:${COLOURS.muted};`,
  footer: `font-family:${FONT_STACK};margin:0 0 8px;font-size:13px;line-height:1.7;color:${COLOURS.muted};`,
  footerLink: `color:${COLOURS.muted};text-decoration:underline;text-underline-offset:0.25em;`,
  preheader:
    'display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;',
};

/**
 * Progressive enhancement only: clients that keep <style> get the phone padding and dark
 * colours; the inline styles above are the email everywhere else.
 */
export const ENHANCEMENT_CSS = [
  `@media (max-width:620px){.e-card{padding:24px 16px !important}.e-outer{padding:12px 8px !important}h1.e-heading{font-size:23px !important}}`,
  `@media (prefers-color-scheme:dark){body,.e-page{background-color:#161616 !important}.e-card{background-color:#222220 !important}` +
    `.e-text,.e-text p,.e-text li,.e-text h2,.e-text h3,.e-text td,.e-text th,h1.e-heading{color:#ececec !important}` +
    `.e-muted{color:#b4b4b8 !important}.e-text a,.e-link{color:#8cc4ff !important}.e-text a.e-title{color:#ececec !important}.e-text figcaption{color:#b4b4b8 !important}.e-site{color:#ff8a8a !important}}`,
].join('');
