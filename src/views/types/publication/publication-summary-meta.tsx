import type { ContentSummary } from '../../../domain/content/content-item.ts';
import { publicationFieldsOf } from '../../../domain/publications/publication-files.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';

/** The line a publication adds to its teaser: "Guide · 4 languages". */
export function PublicationSummaryMeta({ item, i18n }: { item: ContentSummary; i18n: Translator }) {
  const { kind, files } = publicationFieldsOf(item);
  const languages = new Set(files.map((file) => file.language)).size;
  const parts = [kind, languages > 0 && i18n.t('publication.languageCount', { count: languages })];
  return <p class="meta">{parts.filter(Boolean).join(' · ')}</p>;
}
