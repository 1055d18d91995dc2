import {
  CONTENT_TYPES,
  contentTypeDefinition,
} from '../../domain/content-types/content-type-registry.ts';
import type { ComponentChildren } from 'preact';
import { FeedLinks } from '../components/feed-links.tsx';
import { SiteSearchForm } from '../components/site-search-form.tsx';
import type { FeedLink, PageMeta, SiteChrome } from '../view-context.ts';

const feedFormats = [
  { extension: 'atom', type: 'application/atom+xml', key: 'feed.atom' },
  { extension: 'rss', type: 'application/rss+xml', key: 'feed.rss' },
  { extension: 'json', type: 'application/feed+json', key: 'feed.json' },
] as const;

function FeedDiscovery({ chrome, feed }: { chrome: SiteChrome; feed: FeedLink }) {
  const { i18n } = chrome;
  return (
    <>
      {feedFormats.map((format) => (
        <link
          rel="alternate"
          type={format.type}
          title={i18n.t('feed.ofLabel', { name: feed.title, format: i18n.t(format.key) })}
          href={`${feed.basePath}.${format.extension}`}
        />
      ))}
    </>
  );
}

/** The frame of every public page: head metadata, header, navigation, about box, footer. */
export function SiteLayout({
  chrome,
  meta,
  scripts,
  children,
}: {
  chrome: SiteChrome;
  meta: PageMeta;
  /** Enhancement scripts (fingerprinted asset paths), deferred; most pages have none. */
  scripts?: string[];
  children: ComponentChildren;
}) {
  const { settings, i18n } = chrome;
  const siteFeed: FeedLink = { title: settings.title, basePath: '/feed' };
  const canonical = meta.path === null || chrome.preview ? null : `${chrome.siteUrl}${meta.path}`;
  const fullTitle = meta.isFrontPage ? settings.title : `${meta.title} · ${settings.title}`;
  return (
    <html lang={i18n.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={meta.description} />
        {(meta.isIndexable === false || chrome.preview) && <meta name="robots" content="noindex" />}
        {canonical && <link rel="canonical" href={canonical} />}
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        <meta property="og:site_name" content={settings.title} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        {canonical && <meta property="og:url" content={canonical} />}
        <meta property="og:locale" content={i18n.locale.replace('-', '_')} />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={chrome.stylesheetPath} />
        <link rel="icon" href="data:," />
        <FeedDiscovery chrome={chrome} feed={siteFeed} />
        {meta.feed && <FeedDiscovery chrome={chrome} feed={meta.feed} />}
        {scripts?.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#content">
          {i18n.t('site.skipToContent')}
        </a>
        {chrome.preview?.isBannerShown && (
          <section class="preview-banner" aria-label={i18n.t('site.previewBanner')}>
            <p>{i18n.t('site.previewBanner')}</p>
          </section>
        )}
        <header class="site-header">
          <a class="site-title" href="/" aria-label={`${settings.title} — ${i18n.t('site.home')}`}>
            {settings.title}
          </a>
          {settings.tagline && <p class="site-tagline">{settings.tagline}</p>}
          <SiteSearchForm i18n={i18n} />
        </header>
        <nav class="site-nav" aria-label={i18n.t('site.mainNavigation')}>
          <ul class="nav-main">
            {CONTENT_TYPES.map((type) => {
              const { address, names } = contentTypeDefinition(type);
              return (
                address.listing !== null && (
                  <li>
                    <a href={address.listing}>{i18n.t(names.menu ?? names.plural)}</a>
                  </li>
                )
              );
            })}
            <li>
              <a href="/archive">{i18n.t('site.archive')}</a>
            </li>
            <li>
              <a href="/about">{i18n.t('site.about')}</a>
            </li>
          </ul>
          <NavGroup title={i18n.t('site.countries')} labels={chrome.countries} />
          <NavGroup title={i18n.t('site.themes')} labels={chrome.themes} />
        </nav>
        <div class="page">
          <main id="content" tabIndex={-1}>
            {children}
          </main>
          <aside class="about-box" aria-labelledby="about-box-title">
            <h2 id="about-box-title">{i18n.t('site.aboutThisSite')}</h2>
            {settings.aboutSummary && <p>{settings.aboutSummary}</p>}
            <p>
              <a href="/about">{i18n.t('site.readMoreAbout')}</a>
            </p>
          </aside>
        </div>
        <footer class="site-footer">
          <p>{i18n.t('site.footerNote')}</p>
          <FeedLinks chrome={chrome} basePath="/feed" />
        </footer>
      </body>
    </html>
  );
}

function NavGroup({ title, labels }: { title: string; labels: SiteChrome['countries'] }) {
  if (labels.length === 0) return null;
  return (
    <details class="nav-group">
      <summary>{title}</summary>
      <ul>
        {labels.map((label) => (
          <li>
            <a href={label.path}>{label.name}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
