import type { ContentStatus } from './content-item.ts';

/** The workflow's states, in its order: draft, review, then public or taken off. */
export const CONTENT_STATUSES = [
  'draft',
  'review',
  'scheduled',
  'published',
  'unpublished',
] as const satisfies readonly ContentStatus[];

/**
 * Whether readers can see an item at `now`: published, or scheduled with its time come, and
 * dated no later than `now`. The rule of the repositories' `isPublicAt`, for an item already
 * loaded (the admin API links to an item's public page only while it is public).
 */
export function isPublicAt(
  item: { status: ContentStatus; published_at: string | null; deleted_at?: string | null },
  now: string,
): boolean {
  return (
    !item.deleted_at &&
    (item.status === 'published' || item.status === 'scheduled') &&
    item.published_at !== null &&
    item.published_at <= now
  );
}
