import type { ContentSummary } from '../../domain/content/content-item.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { TypeSummaryMeta } from '../types/type-summary-meta.tsx';
import { ItemLanguageMark, langWhereDifferent } from './item-language.tsx';
import { LabelList } from './label-list.tsx';
import { useLocalPath } from './local-path.ts';
import { ListingPicture, pictureShapeOf } from './listing-picture.tsx';

function summaryClass(item: ContentSummary): string {
  return ['summary', item.type !== 'post' && `summary-${item.type}`, item.picture && 'has-picture']
    .filter(Boolean)
    .join(' ');
}

/**
 * A teaser of one item in a listing: title link, author, excerpt, labels, and its picture
 * beside them when it has one (a text-only item has no placeholder: a newsroom has many).
 * The picture comes first so that on a phone the text flows around it (site.css); the
 * title's link covers it too, so a tap on either opens the item.
 */
export function ContentSummaryItem({
  item,
  i18n,
  headingLevel,
  isSaveData = false,
}: {
  item: ContentSummary;
  i18n: Translator;
  headingLevel: 2 | 3;
  /** The reader asked to save data (`Save-Data: on`): the smallest variant only. */
  isSaveData?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const localPath = useLocalPath();
  // An item shown in a listing of another language (no translation yet) is marked as such.
  const lang = langWhereDifferent(item.locale, i18n.locale);
  return (
    <article class={summaryClass(item)}>
      {item.picture && (
        <ListingPicture
          media={item.picture}
          shape={pictureShapeOf(item.type)}
          isSaveData={isSaveData}
        />
      )}
      <div class="summary-text">
        {item.type !== 'post' && <p class="kicker">{i18n.t(`type.${item.type}`)}</p>}
        <Heading class="summary-title">
          <a href={localPath(item.path)} lang={lang}>
            {item.title}
          </a>
        </Heading>
        <ItemLanguageMark tag={item.locale} pageLocale={i18n.locale} />
        <TypeSummaryMeta item={item} i18n={i18n} />
        {item.authorName && <p class="meta">{i18n.t('post.by', { name: item.authorName })}</p>}
        {item.commentCount ? (
          <p class="meta">
            <a href={`${localPath(item.path)}#comments`}>
              {i18n.t('comments.count', { count: item.commentCount })}
            </a>
          </p>
        ) : null}
        {item.excerpt && (
          <p class="excerpt" lang={lang}>
            {item.excerpt}
          </p>
        )}
        <LabelList labels={item.labels} title={i18n.t('post.labels')} />
      </div>
    </article>
  );
}
