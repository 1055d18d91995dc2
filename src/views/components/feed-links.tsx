import type { SiteChrome } from '../view-context.ts';

/** Visible links to a feed in its three formats. */
export function FeedLinks({ chrome, basePath }: { chrome: SiteChrome; basePath: string }) {
  const { i18n, localPath } = chrome;
  return (
    <p class="feed-links">
      {i18n.t('site.feeds')}: <a href={localPath(`${basePath}.atom`)}>{i18n.t('feed.atom')}</a> ·{' '}
      <a href={localPath(`${basePath}.rss`)}>{i18n.t('feed.rss')}</a> ·{' '}
      <a href={localPath(`${basePath}.json`)}>{i18n.t('feed.json')}</a>
    </p>
  );
}
