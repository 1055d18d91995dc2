import type { ContentSummary } from '../../../domain/content/content-types.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';

/** The line a publication adds to its teaser in listings (home, labels, archive). */
export function PublicationSummaryMeta(_props: { item: ContentSummary; i18n: Translator }) {
  return null;
}
