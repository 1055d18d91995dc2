import type { Db } from '../../db/connection.ts';
import { selectPublicItemsByIds } from '../../db/repositories/content-repository.ts';
import { selectMostRelevant } from '../../db/repositories/search-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { toSummaries } from '../content/content-mapping.ts';
import type { ContentSummary } from '../content/content-item.ts';
import { facetOf } from '../../db/repositories/search-index.ts';
import { parseSearchQuery } from './search-query.ts';
import { unspacedWordsApart } from './search-tokens.ts';

export const RELATED_ITEM_COUNT = 5;

/** Words too common to say two items are about the same thing. */
const COMMON_WORDS = new Set(
  (
    'about after again also among and are because been before being between both but can could ' +
    'does during each for from had has have her his how into its more most new not now once only ' +
    'other our over same should some such than that the their them then there these they this ' +
    'those through under until very was were what when where which while who why will with would ' +
    'year years your'
  ).split(' '),
);

/**
 * Up to five public items most like this one: those whose titles share words with its title
 * (each word counts five times a label), or sharing its labels. The item itself is never
 * among them.
 */
export async function getRelatedItems(
  db: Db,
  item: Pick<ContentSummary, 'id' | 'title' | 'labels'>,
  options: { language?: string } = {},
): Promise<ContentSummary[]> {
  const now = currentTimestamp();
  // A Khmer title is one run of grams: as a term it would find only the same title (and
  // cost a query of sixty pairs, 30 ms on PostgreSQL at 100,000 items). Its words instead.
  const terms = parseSearchQuery(unspacedWordsApart(item.title))
    .filter((term) => [...term.text].length >= 3)
    .filter((term) => !COMMON_WORDS.has(term.text))
    // Whole words only: a title's words are what it is about, not the starts of others.
    .map((term) => ({ ...term, isPrefix: false }))
    .slice(0, 8);
  const facets = item.labels.map((label) => facetOf.label(label.id));
  if (terms.length === 0 && facets.length === 0) return [];
  const ids = await selectMostRelevant(
    db,
    { mode: 'any', terms, facets, now, excludeContentId: item.id },
    // Spares for those left out below: the item's own translations, and with `language`
    // the versions that do not represent their group in it (see PublicItemFilter).
    RELATED_ITEM_COUNT * 3,
  );
  const { language } = options;
  const rows = await selectPublicItemsByIds(db, { ids, now, language, exceptGroupOf: item.id });
  return toSummaries(db, rows.slice(0, RELATED_ITEM_COUNT));
}
