import type { LabelKind } from '../../db/schema.ts';

/** The first path segment of each kind of label's pages. */
export const labelSegments: Record<LabelKind, string> = { country: 'countries', theme: 'themes' };
export const labelKinds: LabelKind[] = ['country', 'theme'];

export function labelPath(kind: LabelKind, slug: string): string {
  return `/${labelSegments[kind]}/${slug}`;
}
