import type { SanitizedHtml } from '../../lib/sanitize-body-html.ts';

/**
 * The one place raw HTML enters a page. It accepts only `SanitizedHtml`, which only
 * `sanitizeBodyHtml` produces (and `storedBodyHtml` for what it stored).
 */
export function TrustedHtml({
  html,
  className,
  lang,
}: {
  html: SanitizedHtml;
  className?: string;
  /** The text's language where it is not the page's. */
  lang?: string;
}) {
  // Input is branded SanitizedHtml: see the type.
  return <div class={className} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
