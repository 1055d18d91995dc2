import type { AdminChrome } from '../admin-layout.tsx';

export type PreviewWidth = 'phone' | 'desktop';

const widths: { width: PreviewWidth; label: string }[] = [
  { width: 'phone', label: 'Phone (360 px)' },
  { width: 'desktop', label: 'Desktop (full width)' },
];

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
  const base = `/admin/items/${itemId}`;
  const title = `Preview of “${itemTitle || 'untitled'}”`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · ${chrome.siteTitle} admin`}</title>
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={chrome.stylesheetPath} />
        <link rel="icon" href="data:," />
      </head>
      <body class="admin preview-body">
        <header class="preview-bar">
          <h1>
            <strong class="preview-flag">Preview — not published</strong> {title}
          </h1>
          <nav aria-label="Preview width">
            <ul>
              {widths.map((choice) => (
                <li>
                  <a
                    href={`${base}/preview?width=${choice.width}`}
                    aria-current={choice.width === width ? 'page' : undefined}
                  >
                    {choice.label}
                  </a>
                </li>
              ))}
              <li>
                <a href={base}>Back to editing</a>
              </li>
            </ul>
          </nav>
        </header>
        <main class="preview-stage">
          <iframe
            class={`preview-frame preview-${width}`}
            src={`${base}/preview/page`}
            title={`The page as readers will see it, at ${width} width`}
          />
        </main>
      </body>
    </html>
  );
}
