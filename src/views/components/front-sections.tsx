import type { ComponentChildren } from 'preact';
import type { ContentSummary, ContentType } from '../../domain/content/content-item.ts';
import type { FrontPageSections } from '../../domain/content/front-page-service.ts';
import { contentTypeDefinition } from '../../domain/content-types/content-type-registry.ts';
import { EventSummaryMeta } from '../types/event/event-summary-meta.tsx';
import { PublicationSummaryMeta } from '../types/publication/publication-summary-meta.tsx';
import { StorySummaryMeta } from '../types/story/story-summary-meta.tsx';
import type { SiteChrome } from '../view-context.ts';
import { langWhereDifferent } from './item-language.tsx';
import { ListingPicture, pictureShapeOf } from './listing-picture.tsx';
import { useLocalPath } from './local-path.ts';

/** One section of the front page: its heading, its content and a link to all of its kind. */
function FrontSection({
  id,
  title,
  more,
  children,
}: {
  id: string;
  title: string;
  more?: { href: string; text: string };
  children: ComponentChildren;
}) {
  const localPath = useLocalPath();
  return (
    <section class={`front-section front-${id}`} aria-labelledby={`front-${id}-title`}>
      <h2 class="front-section-title" id={`front-${id}-title`}>
        {title}
      </h2>
      {children}
      {more && (
        <p class="front-more">
          <a href={localPath(more.href)}>{more.text}</a>
        </p>
      )}
    </section>
  );
}

function listingOf(type: ContentType): string {
  return contentTypeDefinition(type).address.listing ?? '/';
}

/** A featured item of a section: its cover or portrait (when it has one), title and line. */
function SectionItem({
  item,
  isSaveData,
  meta,
}: {
  item: ContentSummary;
  isSaveData: boolean;
  meta: ComponentChildren;
}) {
  const localPath = useLocalPath();
  return (
    <article class={item.picture ? 'section-item has-picture' : 'section-item'}>
      {item.picture && (
        <ListingPicture
          media={item.picture}
          shape={pictureShapeOf(item.type)}
          isSaveData={isSaveData}
        />
      )}
      <div class="summary-text">
        <h3 class="section-title">
          <a href={localPath(item.path)}>{item.title}</a>
        </h3>
        {meta}
        {item.type === 'story' && item.excerpt && <p class="excerpt">{item.excerpt}</p>}
      </div>
    </article>
  );
}

/**
 * What the front page offers beside its stream for readers who scan: events, the latest
 * publication, a story, and each country's latest. Sections with nothing to show are left
 * out.
 */
export function FrontSections({
  chrome,
  sections,
  isSaveData,
}: {
  chrome: SiteChrome;
  sections: FrontPageSections;
  isSaveData: boolean;
}) {
  const { i18n, localPath } = chrome;
  const { events, publication, story, countries } = sections;
  return (
    <div class="front-sections">
      {events.items.length > 0 && (
        <FrontSection
          id="events"
          title={i18n.t(events.isUpcoming ? 'front.upcomingEvents' : 'front.recentEvents')}
          more={{ href: listingOf('event'), text: i18n.t('front.allEvents') }}
        >
          <ul class="front-list">
            {events.items.map((item) => (
              <li>
                <h3 class="section-title">
                  <a
                    href={localPath(item.path)}
                    lang={langWhereDifferent(item.locale, i18n.locale)}
                  >
                    {item.title}
                  </a>
                </h3>
                <EventSummaryMeta item={item} i18n={i18n} />
              </li>
            ))}
          </ul>
        </FrontSection>
      )}
      {publication && (
        <FrontSection
          id="publication"
          title={i18n.t('front.publication')}
          more={{ href: listingOf('publication'), text: i18n.t('front.allPublications') }}
        >
          <SectionItem
            item={publication}
            isSaveData={isSaveData}
            meta={<PublicationSummaryMeta item={publication} i18n={i18n} />}
          />
        </FrontSection>
      )}
      {story && (
        <FrontSection
          id="story"
          title={i18n.t('front.story')}
          more={{ href: listingOf('story'), text: i18n.t('front.allStories') }}
        >
          <SectionItem
            item={story}
            isSaveData={isSaveData}
            meta={<StorySummaryMeta item={story} i18n={i18n} />}
          />
        </FrontSection>
      )}
      {countries.length > 0 && (
        <FrontSection id="countries" title={i18n.t('front.countries')}>
          <ul class="front-list country-latest">
            {countries.map(({ country, item }) => (
              <li>
                <a class="country-name" href={localPath(country.path)}>
                  {country.name}
                </a>
                <a
                  class="country-item"
                  href={localPath(item.path)}
                  lang={langWhereDifferent(item.locale, i18n.locale)}
                >
                  {item.title}
                </a>
              </li>
            ))}
          </ul>
        </FrontSection>
      )}
    </div>
  );
}
