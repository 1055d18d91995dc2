import type { ContentSummary } from '../../domain/content/content-item.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { TypeSummaryMeta } from '../types/type-summary-meta.tsx';
import { ItemLanguageMark, langWhereDifferent } from './item-language.tsx';
import { useLocalPath } from './local-path.ts';
import { ResponsiveImage } from './responsive-image.tsx';

/**
 * What the lead is and where it is from, above its title: "Event · Nepal, India". A regional
 * item (three countries or more) names none, and a country's page does not name itself.
 */
function leadKicker(item: ContentSummary, i18n: Translator, pageLabelId?: string): string {
  const countries = item.labels.filter((label) => label.kind === 'country');
  const named = countries.length > 2 ? [] : countries.filter((label) => label.id !== pageLabelId);
  const type = item.type === 'post' ? undefined : i18n.t(`type.${item.type}`);
  return [type, named.map((country) => country.name).join(', ')].filter(Boolean).join(' · ');
}

/**
 * A listing's lead: the newest item with a picture, large, before the stream. The picture is
 * at the top of every screen, so it loads at once and first (`fetchpriority="high"`); the
 * title's link covers the whole lead (site.css), so the picture opens the item too.
 */
export function LeadItem({
  item,
  i18n,
  sizes,
  isSaveData,
  pageLabelId,
}: {
  item: ContentSummary;
  i18n: Translator;
  /** How wide the picture is drawn on this page (see LEAD_PICTURE_SIZES). */
  sizes: string;
  isSaveData: boolean;
  /** The country or theme whose page this is, which the kicker need not name. */
  pageLabelId?: string;
}) {
  const localPath = useLocalPath();
  if (!item.picture) return null;
  const lang = langWhereDifferent(item.locale, i18n.locale);
  const kicker = leadKicker(item, i18n, pageLabelId);
  return (
    <article class="lead">
      <ResponsiveImage
        className="lead-picture"
        media={item.picture}
        sizes={sizes}
        isAboveFold={true}
        isSaveData={isSaveData}
      />
      <div class="lead-text">
        {kicker && <p class="kicker">{kicker}</p>}
        <h2 class="lead-title">
          <a href={localPath(item.path)} lang={lang}>
            {item.title}
          </a>
        </h2>
        <ItemLanguageMark tag={item.locale} pageLocale={i18n.locale} />
        <TypeSummaryMeta item={item} i18n={i18n} />
        {item.excerpt && (
          <p class="lead-excerpt" lang={lang}>
            {item.excerpt}
          </p>
        )}
        <p class="meta">
          <time datetime={item.publishedAt}>{i18n.formatDate(item.publishedAt)}</time>
          {item.authorName && <> · {i18n.t('post.by', { name: item.authorName })}</>}
        </p>
      </div>
    </article>
  );
}
