import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../lib/i18n/translator.ts';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/** The item a small notice page is about: its title and its page's address. */
export interface NoticedItem {
  title: string;
  path: string;
}

/**
 * The frame of the small pages around readers' forms (a comment held, "check your email", a
 * Confirm or Cancel button): never indexed, and back to the item when there is one.
 */
export function ItemNoticeFrame({
  chrome,
  item,
  title,
  backKey,
  children,
}: {
  chrome: SiteChrome;
  item: NoticedItem | null;
  title: string;
  /** "Back to {title}" in the feature's own words. */
  backKey: MessageKey;
  children: ComponentChildren;
}) {
  const { i18n, localPath } = chrome;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title, description: item?.title ?? title, path: null, isIndexable: false }}
      hasAboutBox={false}
    >
      <div class="comment-page">
        <h1>{title}</h1>
        {children}
        {item && (
          <p>
            <a href={localPath(item.path)}>{i18n.t(backKey, { title: item.title })}</a>
          </p>
        )}
      </div>
    </SiteLayout>
  );
}
