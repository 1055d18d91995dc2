import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

export function ErrorPage({
  chrome,
  title,
  message,
  path,
}: {
  chrome: SiteChrome;
  title: string;
  message: string;
  path: string;
}) {
  const { i18n } = chrome;
  return (
    <SiteLayout chrome={chrome} meta={{ title, description: message, path, isIndexable: false }}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">{i18n.t('error.goHome')}</a>
      </p>
    </SiteLayout>
  );
}
