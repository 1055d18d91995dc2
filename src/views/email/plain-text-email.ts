import { getTranslator } from '../../lib/i18n/translator.ts';
import type { EmailBlock, EmailInput } from './email-types.ts';

const TRAILING_URL = /^(?<before>[\s\S]*?)(?:\s|^)(?<url>https?:\/\/\S+)\s*$/;
// "Review it: https://…" names its button; a longer lead-in stays a sentence above it.
const SHORT_LABEL = /^(?<label>[^\n:]{1,40}):$/;

function paragraphBlocks(paragraph: string, openLabel: string): EmailBlock[] {
  const match = TRAILING_URL.exec(paragraph);
  if (!match?.groups) return [{ kind: 'paragraph', text: paragraph }];
  const before = (match.groups.before ?? '').trim();
  const url = match.groups.url ?? '';
  const label = SHORT_LABEL.exec(before)?.groups?.label;
  if (label) return [{ kind: 'button', label, url }];
  const lead: EmailBlock[] = before ? [{ kind: 'paragraph', text: before }] : [];
  return [...lead, { kind: 'button', label: openLabel, url }];
}

/**
 * The look for an email written as plain text (invitations, password resets, editorial
 * notices): the subject as its heading, its paragraphs, and each link that ends a paragraph
 * as a button. The text part stays the text as written.
 */
export function plainTextEmail(input: {
  subject: string;
  text: string;
  language: string;
  siteTitle: string;
  siteUrl: string;
}): EmailInput {
  const i18n = getTranslator(input.language);
  const paragraphs = input.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return {
    language: input.language,
    siteTitle: input.siteTitle,
    siteUrl: input.siteUrl,
    heading: input.subject,
    blocks: paragraphs.flatMap((paragraph) => paragraphBlocks(paragraph, i18n.t('email.openLink'))),
    footer: { reason: i18n.t('email.accountReason', { site: input.siteTitle }), links: [] },
  };
}
