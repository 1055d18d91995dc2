import { renderToString } from 'preact-render-to-string';
import { getTranslator, type Translator } from '../../lib/i18n/translator.ts';
import { TrustedHtml } from '../components/trusted-html.tsx';
import { emailBodyHtml } from './email-body-html.ts';
import { COLOURS, CONTENT_WIDTH, EMAIL_WIDTH, ENHANCEMENT_CSS, STYLES } from './email-look.ts';
import { emailText } from './email-text.ts';
import type { EmailBlock, EmailImage, EmailInput, RenderedEmail } from './email-types.ts';
import { emailLanguageTag, textDirectionOf } from './text-direction.ts';

type Side = 'left' | 'right';

// Attributes that mail clients still read but preact's types no longer list.
const LAYOUT_TABLE: Record<string, string> = {
  role: 'presentation',
  cellpadding: '0',
  cellspacing: '0',
  border: '0',
};
const backgroundOf = (colour: string): Record<string, string> => ({ bgcolor: colour });

/**
 * A link target an email may carry: web and mail addresses only. Anything else (a
 * `javascript:` URL that slipped into data) is dropped, and its words stay as plain text.
 */
export function emailHref(url: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

/** Blank lines separate paragraphs; a single line break stays a line break. */
function Paragraphs({ text, style }: { text: string; style: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph) => (
          <p style={style}>
            {paragraph
              .trim()
              .split('\n')
              .flatMap((line, index) => (index === 0 ? [line] : [<br />, line]))}
          </p>
        ))}
    </>
  );
}

/** A button that survives Outlook: the cell carries the colour and (for Outlook) the padding. */
function Button({ label, url, i18n }: { label: string; url: string; i18n: Translator }) {
  const href = emailHref(url);
  return (
    <>
      <table {...LAYOUT_TABLE} style="margin:8px 0 12px;">
        <tr>
          <td
            align="center"
            {...backgroundOf(COLOURS.accent)}
            style={`${STYLES.buttonCell}mso-padding-alt:14px 28px;`}
          >
            <a href={href} style={STYLES.button}>
              {label}
            </a>
          </td>
        </tr>
      </table>
      {href && (
        <p class="e-muted" style={STYLES.small}>
          {i18n.t('email.buttonFallback')}{' '}
          <a class="e-link" href={href} style={STYLES.longLink}>
            {href}
          </a>
        </p>
      )}
    </>
  );
}

/** An image scaled to fit the column, its attributes for Outlook and its style for the rest. */
function FittedImage({ image }: { image: EmailImage }) {
  const width = Math.min(Math.round(image.width), CONTENT_WIDTH);
  const height = Math.round((image.height * width) / Math.max(1, image.width));
  return (
    <img
      src={/^https?:\/\//i.test(image.url) ? image.url : undefined}
      alt={image.alt}
      width={`${width}`}
      height={`${height}`}
      style={`${STYLES.image}max-width:${width}px;`}
    />
  );
}

function Item({ block }: { block: Extract<EmailBlock, { kind: 'item' }> }) {
  return (
    <table {...LAYOUT_TABLE} width="100%">
      <tr>
        <td style={`padding:20px 0;border-top:1px solid ${COLOURS.border};`}>
          {block.image && (
            <a
              href={emailHref(block.url)}
              style="display:block;margin:0 0 12px;text-decoration:none;"
            >
              <FittedImage image={block.image} />
            </a>
          )}
          <h2 style={STYLES.itemTitle}>
            <a class="e-title" href={emailHref(block.url)} style={STYLES.itemTitleLink}>
              {block.title}
            </a>
          </h2>
          {block.meta && (
            <p class="e-muted" style={STYLES.itemMeta}>
              {block.meta}
            </p>
          )}
          {block.excerpt && <p style={STYLES.itemExcerpt}>{block.excerpt}</p>}
        </td>
      </tr>
    </table>
  );
}

function Quote({ block, start }: { block: Extract<EmailBlock, { kind: 'quote' }>; start: Side }) {
  return (
    <table
      {...LAYOUT_TABLE}
      width="100%"

      style="margin:0 0 16px;"
    >
      <tr>
        <td
          style={`padding:4px 0;padding-${start}:16px;border-${start}:4px solid ${COLOURS.border};`}
        >
          <p style={STYLES.quoteText}>{block.text}</p>
          {block.attribution && (
            <p class="e-muted" style={STYLES.quoteAttribution}>
              {block.attribution}
            </p>
          )}
        </td>
      </tr>
    </table>
  );
}

function Block(props: {
  block: EmailBlock;
  input: EmailInput;
  i18n: Translator;
  dir: 'ltr' | 'rtl';
}) {
  const { block, input, i18n, dir } = props;
  switch (block.kind) {
    case 'paragraph':
      return <Paragraphs text={block.text} style={STYLES.paragraph} />;
    case 'button':
      return <Button label={block.label} url={block.url} i18n={i18n} />;
    case 'item':
      return <Item block={block} />;
    case 'html':
      return <TrustedHtml html={emailBodyHtml(block.html, input.siteUrl, dir)} />;
    case 'quote':
      return <Quote block={block} start={dir === 'rtl' ? 'right' : 'left'} />;
  }
}

function EmailBody({
  input,
  i18n,
  dir,
}: {
  input: EmailInput;
  i18n: Translator;
  dir: 'ltr' | 'rtl';
}) {
  const start: Side = dir === 'rtl' ? 'right' : 'left';
  return (
    <table
      {...LAYOUT_TABLE}
      width="100%"

      dir={dir}
      style={`width:100%;max-width:${EMAIL_WIDTH}px;`}
    >
      <tr>
        <td align={start} style="padding:0 8px 16px;">
          <a class="e-site" href={emailHref(input.siteUrl)} style={STYLES.siteTitle}>
            {input.siteTitle}
          </a>
        </td>
      </tr>
      <tr>
        <td
          class="e-card e-text"
          align={start}
          {...backgroundOf(COLOURS.card)}
          style={`padding:32px 24px;background-color:${COLOURS.card};border-radius:8px;text-align:${start};`}
        >
          <h1 class="e-heading" style={STYLES.heading}>
            {input.heading}
          </h1>
          {input.blocks.map((block) => (
            <Block block={block} input={input} i18n={i18n} dir={dir} />
          ))}
        </td>
      </tr>
      <tr>
        <td class="e-muted" align={start} style={`padding:24px 8px;text-align:${start};`}>
          <p class="e-muted" style={STYLES.footer}>
            {input.footer.reason}
          </p>
          {input.footer.links.length > 0 && (
            <p class="e-muted" style={STYLES.footer}>
              {input.footer.links.map((link, index) => (
                <>
                  {index > 0 && ' · '}
                  <a class="e-muted" href={emailHref(link.url)} style={STYLES.footerLink}>
                    {link.label}
                  </a>
                </>
              ))}
            </p>
          )}
        </td>
      </tr>
    </table>
  );
}

// Outlook on Windows draws with Word: it ignores max-width (so a fixed 600px table wraps the
// card there only), knows none of the first fonts of the stack, and scales at 120 dpi.
const MSO_HEAD =
  '<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript>' +
  "<style>body,table,td,p,a,h1,h2,h3,li{font-family:'Segoe UI','Nirmala UI','Leelawadee UI',Arial,sans-serif !important}</style><![endif]-->";
const MSO_OPEN = `<!--[if mso]><table role="presentation" width="${EMAIL_WIDTH}" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->`;
const MSO_CLOSE = '<!--[if mso]></td></tr></table><![endif]-->';
// Inbox previews show the first text after the preheader: these invisible characters fill it.
const PREHEADER_FILLER = '&#847;&zwnj;&nbsp;'.repeat(40);

/**
 * An email in the site's one look: an HTML part with inline styles and tables (for Gmail,
 * Outlook and Apple Mail alike) and a plain-text part saying the same. Everything given is
 * text and is escaped, except `html` blocks, which are sanitized bodies. No tracking pixel,
 * no rewritten links, no remote fonts, no script.
 */
export function renderEmail(input: EmailInput): RenderedEmail {
  const lang = emailLanguageTag(input.language);
  const dir = textDirectionOf(lang);
  const i18n = getTranslator(lang);
  const head =
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' +
    '<meta name="viewport" content="width=device-width, initial-scale=1" />' +
    '<meta name="x-apple-disable-message-reformatting" />' +
    '<meta name="color-scheme" content="light dark" />' +
    '<meta name="supported-color-schemes" content="light dark" />' +
    renderToString(<title>{input.heading}</title>) +
    `<style>${ENHANCEMENT_CSS}</style>${MSO_HEAD}`;
  const preheader = input.preheader
    ? `<div style="${STYLES.preheader}">${renderToString(<>{input.preheader}</>)}${PREHEADER_FILLER}</div>`
    : '';
  const outerOpen = `<table role="presentation" class="e-page" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${COLOURS.page}" style="background-color:${COLOURS.page};"><tr><td class="e-outer" align="center" style="padding:24px 12px;">`;
  const html =
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">' +
    // lang is a canonical BCP 47 tag and dir a constant: neither can break out of the quotes.
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office" lang="${lang}" dir="${dir}">` +
    `<head>${head}</head><body class="e-page" style="${STYLES.body}">${preheader}${outerOpen}${MSO_OPEN}` +
    renderToString(<EmailBody input={input} i18n={i18n} dir={dir} />) +
    `${MSO_CLOSE}</td></tr></table></body></html>`;
  return { html, text: emailText(input, i18n) };
}
