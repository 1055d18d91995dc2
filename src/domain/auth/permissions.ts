import type { ContentStatus } from '../../db/schema.ts';
import type { Actor } from './actor.ts';

/**
 * Who may do what, as pure functions: the one place the role rules live. Every route and
 * every editorial function asks here; nothing is allowed because a button was hidden.
 *
 * - contributor: their own drafts (write, edit, submit for review).
 * - editor: as a contributor, plus review, edit, send back, publish, schedule and unpublish
 *   items carrying one of their countries. Items with no country belong to administrators.
 *   A published or scheduled item gains a country only from someone who edits for it, and
 *   loses its last country only to an administrator (see `countryChangeRefusal`).
 * - administrator: everything.
 */

export type ItemAction = 'view' | 'edit' | 'submit' | 'approve' | 'send-back' | 'unpublish';
export type SiteAction =
  | 'manage-users'
  | 'manage-labels'
  | 'manage-settings'
  | 'view-audit-log'
  /** Subscribers' addresses and anyone's personal data (export, erasure). */
  | 'manage-subscribers'
  /** The mail queue: failed messages sent again, refused addresses. */
  | 'manage-mail';

/** The facts about an item that permissions depend on. */
export interface ItemFacts {
  authorId: string | null;
  status: ContentStatus;
  countryLabelIds: readonly string[];
}

const isAdministrator = (actor: Actor) => actor.role === 'administrator';

function isOwn(actor: Actor, item: ItemFacts): boolean {
  return item.authorId === actor.id;
}

/** An editor answers for the item: it carries one of their countries. */
export function coversCountries(actor: Actor, countryLabelIds: readonly string[]): boolean {
  if (isAdministrator(actor)) return true;
  if (actor.role !== 'editor') return false;
  return countryLabelIds.some((id) => actor.countryLabelIds.includes(id));
}

export function canOnItem(actor: Actor, action: ItemAction, item: ItemFacts): boolean {
  const own = isOwn(actor, item);
  const administrator = isAdministrator(actor);
  // Someone else's draft is private to its author until it is submitted (administrators
  // excepted). The status rules below hold for administrators too: nobody sends back a draft.
  const editorial =
    administrator ||
    (coversCountries(actor, item.countryLabelIds) && (own || item.status !== 'draft'));
  switch (action) {
    case 'view':
      return own || editorial;
    case 'edit':
      return (own && item.status === 'draft') || editorial;
    case 'submit':
      return (own || administrator) && item.status === 'draft';
    case 'approve':
      return editorial && item.status !== 'published';
    case 'send-back':
      return editorial && (item.status === 'review' || item.status === 'scheduled');
    case 'unpublish':
      return editorial && (item.status === 'published' || item.status === 'scheduled');
  }
}

/**
 * Moving an item to the trash, and restoring it, is for whoever may edit it: authors their
 * own drafts, editors items of their countries, administrators all.
 */
export function canTrashItem(actor: Actor, item: ItemFacts): boolean {
  return canOnItem(actor, 'edit', item);
}

/** Removing things for good (emptying the trash, removing the demo) is for administrators. */
export function canRemoveForGood(actor: Actor): boolean {
  return isAdministrator(actor);
}

/** Why the actor may not give an item the countries an edit asks for. */
export type CountryChangeRefusal =
  { reason: 'removes-every-country' } | { reason: 'adds-countries'; countryLabelIds: string[] };

/**
 * Checks a change of an item's countries (from `item.countryLabelIds` to `nextCountryLabelIds`).
 * A published or scheduled item reaches readers without another approval, so every country it
 * gains is a publication there: the actor must edit for each of them, as its editors would have
 * to approve it. An item with no country belongs to administrators, so only they may take the
 * last country off. Before publication (draft, review, unpublished) the approval is the gate
 * and asks again, so countries change there as the `edit` rule allows.
 */
export function countryChangeRefusal(
  actor: Actor,
  item: ItemFacts,
  nextCountryLabelIds: readonly string[],
): CountryChangeRefusal | undefined {
  if (isAdministrator(actor)) return undefined;
  if (item.status !== 'published' && item.status !== 'scheduled') return undefined;
  if (nextCountryLabelIds.length === 0 && item.countryLabelIds.length > 0) {
    return { reason: 'removes-every-country' };
  }
  const refused = nextCountryLabelIds.filter(
    (id) => !item.countryLabelIds.includes(id) && !coversCountries(actor, [id]),
  );
  return refused.length > 0 ? { reason: 'adds-countries', countryLabelIds: refused } : undefined;
}

export function canOnSite(actor: Actor, _action: SiteAction): boolean {
  return isAdministrator(actor);
}

/** Anyone signed in may write drafts and upload media. */
export function canCreateContent(actor: Actor): boolean {
  return ['administrator', 'editor', 'contributor'].includes(actor.role);
}
