import type { ContentSummary } from '../../domain/content/content-item.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { isNewsType } from '../../domain/content-types/content-type-registry.ts';
import { langWhereDifferent } from './item-language.tsx';
import { useLocalPath } from './local-path.ts';

/** A short list of items like the one on the page: its title, kind and date each. */
export function RelatedItems({ items, i18n }: { items: ContentSummary[]; i18n: Translator }) {
  const localPath = useLocalPath();
  if (items.length === 0) return null;
  return (
    <section class="related" aria-labelledby="related-title">
      <h2 id="related-title">{i18n.t('item.related')}</h2>
      <ul>
        {items.map((item) => (
          <li>
            <a href={localPath(item.path)} lang={langWhereDifferent(item.locale, i18n.locale)}>
              {item.title}
            </a>{' '}
            <span class="meta">
              {i18n.t(`type.${item.type}`)}
              {isNewsType(item.type) && ` · ${i18n.formatDate(item.publishedAt)}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
