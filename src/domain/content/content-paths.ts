import type { LabelKind } from '../../db/schema.ts';

/** `/YYYY/MM/slug`, from the UTC month of publication. */
export function postPath(slug: string, publishedAt: string): string {
  return `/${publishedAt.slice(0, 4)}/${publishedAt.slice(5, 7)}/${slug}`;
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
