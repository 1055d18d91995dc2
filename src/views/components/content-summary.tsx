import type { ContentSummary } from '../../domain/content/content-item.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { TypeSummaryMeta } from '../types/type-summary-meta.tsx';
import { LabelList } from './label-list.tsx';

/** A teaser of one item in a listing under its date header: title link, author, excerpt, labels. */
export function ContentSummaryItem({
  item,
  i18n,
  headingLevel,
}: {
  item: ContentSummary;
  i18n: Translator;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class={item.type === 'post' ? 'summary' : `summary summary-${item.type}`}>
      {item.type !== 'post' && <p class="kicker">{i18n.t(`type.${item.type}`)}</p>}
      <Heading class="summary-title">
        <a href={item.path}>{item.title}</a>
      </Heading>
      <TypeSummaryMeta item={item} i18n={i18n} />
      {item.authorName && <p class="meta">{i18n.t('post.by', { name: item.authorName })}</p>}
      {item.excerpt && <p class="excerpt">{item.excerpt}</p>}
      <LabelList labels={item.labels} title={i18n.t('post.labels')} />
    </article>
  );
}
