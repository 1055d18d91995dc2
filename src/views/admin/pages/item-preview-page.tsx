import type { AdminChrome } from '../admin-layout.tsx';

export type PreviewWidth = 'phone' | 'desktop';

const WIDTHS = ['phone', 'desktop'] as const satisfies readonly PreviewWidth[];

/**
 * The preview of an item: a bar saying it is not published, with the widths to look at it in
 * and the way back, above a frame holding the page exactly as readers would get it. The bar
 * is outside the frame, so the page in it is the readers' page and nothing else. Links, not
 * scripts, change the width.
 */
export function ItemPreviewPage({
  chrome,
  itemId,
  itemTitle,
  width,
}: {
  chrome: AdminChrome;
  itemId: string;
  itemTitle: string;
  width: PreviewWidth;
}) {
  const { i18n } = chrome;
  const base = `/admin/items/${itemId}`;
  const title = i18n.t('admin.preview.title', {
    title: itemTitle || i18n.t('admin.edit.untitled'),
  });
  return (
    <html lang={i18n.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{i18n.t('admin.layout.documentTitle', { title, site: chrome.siteTitle })}</title>
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={chrome.stylesheetPath} />
        <link rel="icon" href="data:," />
      </head>
      <body class="admin preview-body">
        <header class="preview-bar">
          <h1>
            <strong class="preview-flag">{i18n.t('admin.preview.flag')}</strong> {title}
          </h1>
          <nav aria-label={i18n.t('admin.preview.widths')}>
            <ul>
              {WIDTHS.map((choice) => (
                <li>
                  <a
                    href={`${base}/preview?width=${choice}`}
                    aria-current={choice === width ? 'page' : undefined}
                  >
                    {i18n.t(`admin.preview.width.${choice}`)}
                  </a>
                </li>
              ))}
              <li>
                <a href={base}>{i18n.t('admin.preview.backToEditing')}</a>
              </li>
            </ul>
          </nav>
        </header>
        <main class="preview-stage">
          <iframe
            class={`preview-frame preview-${width}`}
            src={`${base}/preview/page`}
            title={i18n.t('admin.preview.frame', { width })}
          />
        </main>
      </body>
    </html>
  );
}
