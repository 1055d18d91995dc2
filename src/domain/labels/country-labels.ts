import type { LabelLink } from '../content/content-item.ts';

/** Names of the countries among an item's labels, in their order, for lists of items. */
export function countryNames(labels: readonly LabelLink[] | undefined): string[] {
  return (labels ?? []).filter((label) => label.kind === 'country').map((label) => label.name);
}
