import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

/**
 * The page for a failed request. It names no address (no canonical link): it is the same
 * for every missing path, so its compressed copy is shared (error-page-compression.ts), and
 * a canonical link on a page that is not indexed would only send search engines mixed signals.
 */
export function ErrorPage({
  chrome,
  title,
  message,
}: {
  chrome: SiteChrome;
  title: string;
  message: string;
}) {
  const { i18n } = chrome;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title, description: message, path: null, isIndexable: false }}
      hasAboutBox={false}
    >
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={chrome.localPath('/')}>{i18n.t('error.goHome')}</a>
      </p>
    </SiteLayout>
  );
}
