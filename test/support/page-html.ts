/**
 * Small readers of rendered pages for route tests. They match the markup the views emit
 * (see src/views), so a test fails when that markup or what it lists changes.
 */

/** Titles of the posts listed on a page (summary headings), in order. */
export function listedTitles(html: string): string[] {
  return [...html.matchAll(/<h3 class="summary-title"><a href="[^"]+"[^>]*>([^<]+)<\/a>/g)].map(
    (match) => match[1] ?? '',
  );
}

/** `YYYY-MM-DD` of each date header of a listing, in order. */
export function dateHeaders(html: string): string[] {
  return [...html.matchAll(/<h2 class="day-header"[^>]*><time datetime="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

/** How many times `pattern` (a global regular expression) matches. */
export function countMatches(html: string, pattern: RegExp): number {
  return [...html.matchAll(pattern)].length;
}

/** The `<head>` of a document. */
export function headOf(html: string): string {
  return html.match(/<head>([\s\S]*?)<\/head>/)?.[1] ?? '';
}

/** The `<main>` element's content. */
export function mainOf(html: string): string {
  return html.match(/<main[^>]*>([\s\S]*?)<\/main>/)?.[1] ?? '';
}

/** Value of `attribute` on the first tag that carries `marker` (e.g. `name="description"`). */
export function attributeOf(html: string, marker: string, attribute: string): string | undefined {
  const escaped = marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag = html.match(new RegExp(`<[a-z]+[^>]*${escaped}[^>]*>`))?.[0];
  return tag?.match(new RegExp(`\\s${attribute}="([^"]*)"`))?.[1];
}

/** `href` of every `<link rel="alternate">` in the head but the languages', with its type. */
export function alternateLinks(html: string): { type: string; href: string }[] {
  return [...headOf(html).matchAll(/<link rel="alternate"(?![^>]*hreflang)[^>]*>/g)].map(
    (match) => ({
      type: match[0].match(/\stype="([^"]*)"/)?.[1] ?? '',
      href: match[0].match(/\shref="([^"]*)"/)?.[1] ?? '',
    }),
  );
}

/** Titles of the results on a search page, in order, with their `<mark>`s taken out. */
export function searchResultTitles(html: string): string[] {
  return [...html.matchAll(/<h3 class="summary-title"><a href="[^"]+"[^>]*>(.*?)<\/a>/g)].map(
    (match) => (match[1] ?? '').replace(/<\/?mark>/g, ''),
  );
}

/** The page in each language (`<link rel="alternate" hreflang>`): language → absolute URL. */
export function hreflangLinks(html: string): Record<string, string> {
  const links = [
    ...headOf(html).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
  ];
  return Object.fromEntries(links.map((match) => [match[1] ?? '', match[2] ?? '']));
}

/** Each `<img>` in `html` as its attributes, in order. */
export function imagesIn(html: string): Record<string, string>[] {
  return [...html.matchAll(/<img\b[^>]*>/g)].map((tag) =>
    Object.fromEntries([...tag[0].matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])),
  );
}

/** Every address an image in `html` loads from: its `src` and each `srcset` candidate. */
export function imageAddressesIn(html: string): string[] {
  return imagesIn(html)
    .flatMap((image) => [
      image.src ?? '',
      ...(image.srcset ?? '').split(', ').map((candidate) => candidate.split(' ')[0] ?? ''),
    ])
    .filter((url) => url !== '');
}
