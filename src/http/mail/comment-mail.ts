import type { Db } from '../../db/connection.ts';
import {
  selectCommentForMail,
  selectCommentTargetById,
} from '../../db/repositories/comment-repository.ts';
import { selectUserByEmail } from '../../db/repositories/user-repository.ts';
import type { MailKind } from '../../db/schema.ts';
import { commentConfirmationToken } from '../../domain/comments/comment-confirmation.ts';
import { itemPath } from '../../domain/content-types/content-type-registry.ts';
import type { MailComposer } from '../../domain/mail/mail-sender.ts';
import { getSiteSettings } from '../../domain/settings/settings-service.ts';
import { type InterfaceLanguage, interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import { htmlToText } from '../../lib/sanitize-body-html.ts';
import { renderEmail } from '../../views/email/render-email.tsx';
import { localizedPath } from '../plugins/language-prefix.ts';

/**
 * Comment emails, written when they are sent from the comment's id (`refId`), so they say
 * what is true then: a comment confirmed, removed or moderated meanwhile sends nothing.
 * - 'comment-confirmation', to the commenter: a link to the page that confirms (by a button).
 * - 'comment-notice', to the item's author: the comment, and where to read or moderate it.
 * Neither ever shows the commenter's email address.
 */

/** The comment, its public item and the site, or null when there is nothing to write about. */
async function commentFacts(db: Db, commentId: string | null, now: Date) {
  if (!commentId) return null;
  const comment = await selectCommentForMail(db, commentId);
  if (!comment) return null;
  const [target, settings] = await Promise.all([
    selectCommentTargetById(db, comment.content_id, now.toISOString()),
    getSiteSettings(db),
  ]);
  if (!target) return null;
  const path = itemPath(target.type, target.slug, target.published_at);
  return { comment, target, settings, path, defaultLanguage: interfaceLanguageOf(settings.locale) };
}

export function commentMailComposers(siteUrl: string): Partial<Record<MailKind, MailComposer>> {
  const absolute = (
    path: string,
    language: InterfaceLanguage,
    defaultLanguage: InterfaceLanguage,
  ) => `${siteUrl}${localizedPath(path, language, defaultLanguage)}`;

  const composeConfirmation: MailComposer = async (db, mail, now) => {
    const facts = await commentFacts(db, mail.refId, now);
    if (!facts || facts.comment.status !== 'unconfirmed') return null;
    if (facts.comment.author_email !== mail.recipient.toLowerCase()) return null;
    const { comment, target, settings, defaultLanguage } = facts;
    // The comment has no language of its own; the item's is the one its writer read.
    const language = interfaceLanguageOf(target.locale);
    const i18n = getTranslator(language);
    const token = await commentConfirmationToken(db, comment.id);
    const rendered = renderEmail({
      language,
      siteTitle: settings.title,
      siteUrl,
      heading: i18n.t('comments.mail.confirm.heading'),
      blocks: [
        { kind: 'paragraph', text: i18n.t('comments.mail.confirm.text', { title: target.title }) },
        { kind: 'quote', text: comment.body_text ?? '', attribution: comment.author_name },
        {
          kind: 'button',
          label: i18n.t('comments.mail.confirm.button'),
          url: absolute(`/comments/confirm/${token}`, language, defaultLanguage),
        },
      ],
      footer: { reason: i18n.t('comments.mail.confirm.reason'), links: [] },
    });
    return {
      to: mail.recipient,
      subject: i18n.t('comments.mail.confirm.subject', { title: target.title }),
      ...rendered,
    };
  };

  const composeNotice: MailComposer = async (db, mail, now) => {
    const facts = await commentFacts(db, mail.refId, now);
    const status = facts?.comment.status;
    if (!facts || (status !== 'approved' && status !== 'pending')) return null;
    const { comment, target, settings, path, defaultLanguage } = facts;
    const user = await selectUserByEmail(db, mail.recipient.toLowerCase());
    if (!user || user.notify_comments === 0) return null;
    const language = interfaceLanguageOf(user.language ?? settings.locale);
    const i18n = getTranslator(language);
    const isHeld = status === 'pending';
    const text = comment.body_text ?? htmlToText(comment.body_html);
    const rendered = renderEmail({
      language,
      siteTitle: settings.title,
      siteUrl,
      heading: i18n.t('comments.mail.notice.heading', {
        name: comment.author_name,
        title: target.title,
      }),
      blocks: [
        { kind: 'quote', text, attribution: comment.author_name },
        ...(isHeld
          ? [{ kind: 'paragraph' as const, text: i18n.t('comments.mail.notice.held') }]
          : []),
        isHeld
          ? {
              kind: 'button' as const,
              label: i18n.t('comments.mail.notice.moderate'),
              url: `${siteUrl}/admin/comments`,
            }
          : {
              kind: 'button' as const,
              label: i18n.t('comments.mail.notice.read'),
              url: `${absolute(path, language, defaultLanguage)}#comment-${comment.id}`,
            },
      ],
      footer: { reason: i18n.t('comments.mail.notice.reason', { title: target.title }), links: [] },
    });
    const subjectKey = isHeld ? 'comments.mail.notice.heldSubject' : 'comments.mail.notice.subject';
    return {
      to: mail.recipient,
      subject: i18n.t(subjectKey, { title: target.title }),
      ...rendered,
    };
  };

  return { 'comment-confirmation': composeConfirmation, 'comment-notice': composeNotice };
}
