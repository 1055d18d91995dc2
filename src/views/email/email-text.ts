import type { Translator } from '../../lib/i18n/translator.ts';
import { absoluteUrl } from './email-body-html.ts';
import { emailBodyText } from './email-body-text.ts';
import type { EmailBlock, EmailInput } from './email-types.ts';

function blockText(block: EmailBlock, input: EmailInput, i18n: Translator): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text.trim();
    case 'button':
      return i18n.t('email.text.link', { label: block.label, url: block.url });
    case 'item':
      return [block.title, block.meta, block.excerpt, block.url]
        .filter((line): line is string => Boolean(line?.trim()))
        .join('\n');
    case 'html':
      return emailBodyText(block.html, (url) =>
        url.startsWith('#') ? undefined : absoluteUrl(url, input.siteUrl),
      );
    case 'quote': {
      const quoted = block.text.trim().replace(/^/gm, '> ');
      return block.attribution ? `${quoted}\n${block.attribution}` : quoted;
    }
  }
}

/**
 * The plain-text part: the same words and every link, for clients and readers that prefer
 * text. Nothing is wrapped: mail clients wrap lines themselves, and a wrapped URL breaks.
 */
export function emailText(input: EmailInput, i18n: Translator): string {
  const footerLinks = input.footer.links.map((link) =>
    i18n.t('email.text.link', { label: link.label, url: link.url }),
  );
  const parts = [
    `${input.siteTitle}\n${input.siteUrl}`,
    input.heading,
    ...input.blocks.map((block) => blockText(block, input, i18n)),
    '--',
    [input.footer.reason, ...footerLinks].filter(Boolean).join('\n'),
  ];
  return `${parts.filter((part) => part.trim() !== '').join('\n\n')}\n`;
}
