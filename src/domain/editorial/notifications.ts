import {
  selectUserById,
  selectUsers,
  selectUsersCoveringCountries,
} from '../../db/repositories/user-repository.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import type { ContentItemsTable, UsersTable } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { MailMessage } from '../../lib/mail/mailer.ts';
import { mailDateTime, mailTranslators } from '../mail/mail-words.ts';
import { toActor } from '../users/user-service.ts';
import type { Newsroom } from './newsroom.ts';

export type WorkflowEvent =
  | { kind: 'submitted'; item: ContentItemsTable; actor: Actor }
  | { kind: 'approved'; item: ContentItemsTable; actor: Actor }
  | { kind: 'sent-back'; item: ContentItemsTable; actor: Actor; note: string };

export function editLink(siteUrl: string, itemId: string): string {
  return `${siteUrl}/admin/items/${itemId}`;
}

/** Who decides on a submitted item: its countries' editors, or the administrators if it has none. */
async function deciders(newsroom: Newsroom, item: ContentItemsTable): Promise<UsersTable[]> {
  const { countries } = await selectLabelIdsOfItem(newsroom.db, item.id);
  return countries.length > 0
    ? selectUsersCoveringCountries(newsroom.db, 'editor', countries)
    : (await selectUsers(newsroom.db)).filter((user) => user.role === 'administrator');
}

async function authorOf(newsroom: Newsroom, item: ContentItemsTable): Promise<UsersTable[]> {
  if (!item.author_id) return [];
  const author = await selectUserById(newsroom.db, item.author_id);
  return author ? [author] : [];
}

/** Each email in its recipient's language (see mail-words.ts). */
async function messagesFor(newsroom: Newsroom, event: WorkflowEvent): Promise<MailMessage[]> {
  const { item, actor } = event;
  const link = editLink(newsroom.siteUrl, item.id);
  const translatorOf = await mailTranslators(newsroom.db);
  const { title } = item;
  switch (event.kind) {
    case 'submitted':
      return (await deciders(newsroom, item))
        .filter((user) => user.email !== actor.email)
        .map((user) => {
          const i18n = translatorOf(user);
          return {
            to: user.email,
            subject: i18n.t('mail.review.submitted.subject', { title }),
            text: i18n.t('mail.review.submitted.text', { author: actor.name, title, link }),
            headers: { 'Content-Language': i18n.locale },
          };
        });
    case 'sent-back':
      return (await authorOf(newsroom, item)).map((user) => {
        const i18n = translatorOf(user);
        return {
          to: user.email,
          subject: i18n.t('mail.review.sentBack.subject', { title }),
          text: i18n.t('mail.review.sentBack.text', {
            editor: actor.name,
            title,
            note: event.note,
            link,
          }),
          headers: { 'Content-Language': i18n.locale },
        };
      });
    case 'approved': {
      const authors = (await authorOf(newsroom, item)).filter((user) => user.email !== actor.email);
      return Promise.all(
        authors.map(async (user) => {
          const i18n = translatorOf(user);
          const editor = actor.name;
          if (item.status !== 'scheduled' || !item.published_at) {
            return {
              to: user.email,
              subject: i18n.t('mail.review.published.subject', { title }),
              text: i18n.t('mail.review.published.text', { editor, title, link }),
              headers: { 'Content-Language': i18n.locale },
            };
          }
          // When it appears, on the author's own clock.
          const { timeZone } = await toActor(newsroom.db, user);
          const date = mailDateTime(i18n, item.published_at, timeZone);
          return {
            to: user.email,
            subject: i18n.t('mail.review.scheduled.subject', { title }),
            text: i18n.t('mail.review.scheduled.text', { editor, title, date, link }),
            headers: { 'Content-Language': i18n.locale },
          };
        }),
      );
    }
  }
}

/** Sends the emails a workflow step calls for. Runs after the step has committed. */
export async function notifyWorkflowEvent(newsroom: Newsroom, event: WorkflowEvent): Promise<void> {
  const messages = await messagesFor(newsroom, event);
  await Promise.all(messages.map((message) => newsroom.mailer.send(message)));
}
