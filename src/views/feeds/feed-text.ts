/**
 * Plain text for a field the `feed` package writes as HTML: Atom titles and summaries
 * (`type="html"` in CDATA) and RSS descriptions are read as HTML by feed readers, so a
 * reader's name or a title with `<` in it must be escaped, or `<script>` would be markup there.
 * (RSS titles are plain text: they are given as they are.)
 */
export function feedHtmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
