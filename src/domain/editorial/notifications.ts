import {
  selectUserById,
  selectUsers,
  selectUsersCoveringCountries,
} from '../../db/repositories/user-repository.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { MailMessage } from '../../lib/mail/mailer.ts';
import type { Newsroom } from './newsroom.ts';

export type WorkflowEvent =
  | { kind: 'submitted'; item: ContentItemsTable; actor: Actor }
  | { kind: 'approved'; item: ContentItemsTable; actor: Actor }
  | { kind: 'sent-back'; item: ContentItemsTable; actor: Actor; note: string };

export function editLink(siteUrl: string, itemId: string): string {
  return `${siteUrl}/admin/items/${itemId}`;
}

/** Who decides on a submitted item: its countries' editors, or the administrators if it has none. */
async function deciders(newsroom: Newsroom, item: ContentItemsTable): Promise<string[]> {
  const { countries } = await selectLabelIdsOfItem(newsroom.db, item.id);
  const users =
    countries.length > 0
      ? await selectUsersCoveringCountries(newsroom.db, 'editor', countries)
      : (await selectUsers(newsroom.db)).filter((user) => user.role === 'administrator');
  return users.map((user) => user.email);
}

async function authorEmail(newsroom: Newsroom, item: ContentItemsTable): Promise<string[]> {
  if (!item.author_id) return [];
  const author = await selectUserById(newsroom.db, item.author_id);
  return author ? [author.email] : [];
}

async function messagesFor(newsroom: Newsroom, event: WorkflowEvent): Promise<MailMessage[]> {
  const { item, actor } = event;
  const link = editLink(newsroom.siteUrl, item.id);
  switch (event.kind) {
    case 'submitted':
      return (await deciders(newsroom, item))
        .filter((email) => email !== actor.email)
        .map((to) => ({
          to,
          subject: `For review: ${item.title}`,
          text: `${actor.name} submitted “${item.title}” for review.\n\nReview it: ${link}\n`,
        }));
    case 'sent-back':
      return (await authorEmail(newsroom, item)).map((to) => ({
        to,
        subject: `Sent back: ${item.title}`,
        text: `${actor.name} sent “${item.title}” back to you with this note:\n\n${event.note}\n\nEdit it: ${link}\n`,
      }));
    case 'approved': {
      const when =
        item.status === 'scheduled'
          ? `is scheduled to appear on ${item.published_at}`
          : 'is now published';
      return (await authorEmail(newsroom, item))
        .filter((email) => email !== actor.email)
        .map((to) => ({
          to,
          subject:
            item.status === 'scheduled' ? `Scheduled: ${item.title}` : `Published: ${item.title}`,
          text: `${actor.name} approved “${item.title}”: it ${when}.\n\n${link}\n`,
        }));
    }
  }
}

/** Sends the emails a workflow step calls for. Runs after the step has committed. */
export async function notifyWorkflowEvent(newsroom: Newsroom, event: WorkflowEvent): Promise<void> {
  const messages = await messagesFor(newsroom, event);
  await Promise.all(messages.map((message) => newsroom.mailer.send(message)));
}
