import type { ContentSummary } from '../../domain/content/content-types.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
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
    <article class="summary">
      <Heading class="summary-title">
        <a href={item.path}>{item.title}</a>
      </Heading>
      {item.authorName && <p class="meta">{i18n.t('post.by', { name: item.authorName })}</p>}
      {item.excerpt && <p class="excerpt">{item.excerpt}</p>}
      <LabelList labels={item.labels} title={i18n.t('post.labels')} />
    </article>
  );
}
