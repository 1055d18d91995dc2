import type { ContentType, LabelKind } from '../../db/schema.ts';

/** `/YYYY/MM/slug`, from the UTC month of publication. */
export function postPath(slug: string, publishedAt: string): string {
  return `/${publishedAt.slice(0, 4)}/${publishedAt.slice(5, 7)}/${slug}`;
}

/** The first path segment of each type's pages; posts have dated paths instead. */
export const typeSegments: Record<Exclude<ContentType, 'post'>, string> = {
  report: 'impact',
  event: 'events',
  publication: 'publications',
  story: 'stories',
  statement: 'statements',
  organization: 'organizations',
  page: 'pages',
};

/** A report's slug is `country-year`; its page is `/impact/country/year`. */
export function reportPath(slug: string): string {
  const match = /^(.+)-(\d{4})$/.exec(slug);
  return match ? `/impact/${match[1]}/${match[2]}` : `/impact/${slug}`;
}

/** The public page of an item of any type. Posts need their publication date. */
export function contentPath(type: ContentType, slug: string, publishedAt?: string | null): string {
  if (type === 'post') return postPath(slug, publishedAt ?? new Date().toISOString());
  if (type === 'report') return reportPath(slug);
  return `/${typeSegments[type]}/${slug}`;
}

/** The public listing of a type's items. */
export function typeListingPath(type: ContentType): string {
  return type === 'post' ? '/' : `/${typeSegments[type]}`;
}

/** The first path segment of each kind of label's pages. */
export const labelSegments: Record<LabelKind, string> = { country: 'countries', theme: 'themes' };
export const labelKinds: LabelKind[] = ['country', 'theme'];

export function labelPath(kind: LabelKind, slug: string): string {
  return `/${labelSegments[kind]}/${slug}`;
}

export function archiveMonthPath(year: number, month: number): string {
  return `/archive/${year}/${String(month).padStart(2, '0')}`;
}
