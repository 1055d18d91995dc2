import type { ComponentChildren } from 'preact';
import { ShareImageMeta } from '../components/share-image-meta.tsx';
import { SiteFooter } from '../components/site-footer.tsx';
import { SiteLogo } from '../components/site-logo.tsx';
import { SiteSearchForm } from '../components/site-search-form.tsx';
import { LanguageSwitcher, languageTargets } from '../components/language-switcher.tsx';
import { LocalPath } from '../components/local-path.ts';
import { MediaPublicUrl } from '../components/media-public-url.ts';
import { LanguageAlternates } from './language-alternates.tsx';
import type { FeedLink, PageMeta, SiteChrome } from '../view-context.ts';
import { SiteMenu, SiteNav, currentMark } from './site-navigation.tsx';

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
          href={chrome.localPath(`${feed.basePath}.${format.extension}`)}
        />
      ))}
    </>
  );
}

/**
 * How everything inside the page addresses things, without each component taking the chrome:
 * site paths in the page's language, uploads at the public store when there is one.
 */
function PageAddresses({
  localPath,
  mediaPublicUrl,
  children,
}: {
  localPath: (path: string) => string;
  mediaPublicUrl: string | null;
  children: ComponentChildren;
}) {
  return (
    <LocalPath.Provider value={localPath}>
      <MediaPublicUrl.Provider value={mediaPublicUrl}>{children}</MediaPublicUrl.Provider>
    </LocalPath.Provider>
  );
}

/** The frame of every public page: head metadata, header, navigation, about box, footer. */
export function SiteLayout({
  chrome,
  meta,
  scripts,
  hasAboutBox = true,
  children,
}: {
  chrome: SiteChrome;
  meta: PageMeta;
  /** Enhancement scripts (fingerprinted asset paths), deferred; most pages have none. */
  scripts?: string[];
  /** The "About this site" box beside the content; the about page and error pages go without. */
  hasAboutBox?: boolean;
  children: ComponentChildren;
}) {
  const { settings, i18n } = chrome;
  const siteFeed: FeedLink = { title: settings.title, basePath: '/feed' };
  const { localPath } = chrome;
  const languages = languageTargets(chrome, meta.path ?? '/', meta.languageVersions);
  // An item's own address is under its own language's prefix, whichever language reads it.
  const ownPath = meta.path === null ? null : (meta.canonicalPath ?? localPath(meta.path));
  const canonical = ownPath === null || chrome.preview ? null : `${chrome.siteUrl}${ownPath}`;
  const fullTitle = meta.isFrontPage ? settings.title : `${meta.title} · ${settings.title}`;
  return (
    <PageAddresses localPath={localPath} mediaPublicUrl={chrome.mediaPublicUrl}>
      <html lang={i18n.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{fullTitle}</title>
          <meta name="description" content={meta.description} />
          {(meta.isIndexable === false || chrome.preview) && (
            <meta name="robots" content="noindex" />
          )}
          {canonical && <link rel="canonical" href={canonical} />}
          <LanguageAlternates chrome={chrome} meta={meta} />
          <meta property="og:type" content={meta.ogType ?? 'website'} />
          <meta property="og:site_name" content={settings.title} />
          <meta property="og:title" content={meta.title} />
          <meta property="og:description" content={meta.description} />
          {canonical && <meta property="og:url" content={canonical} />}
          <meta property="og:locale" content={i18n.locale.replace('-', '_')} />
          <ShareImageMeta siteUrl={chrome.siteUrl} image={meta.image} />
          <meta name="color-scheme" content="light dark" />
          <link rel="stylesheet" href={chrome.stylesheetPath} />
          <link rel="icon" href="data:," />
          <FeedDiscovery chrome={chrome} feed={siteFeed} />
          {meta.feed && <FeedDiscovery chrome={chrome} feed={meta.feed} />}
          {meta.commentsFeed && (
            <link
              rel="alternate"
              type="application/atom+xml"
              title={i18n.t('comments.feed.title', { title: meta.title })}
              href={localPath(meta.commentsFeed)}
            />
          )}
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
            <div class="masthead">
              <div class="brand">
                <a
                  class={
                    settings.logo
                      ? `site-title has-logo${settings.logo.showsName ? '' : ' with-name'}`
                      : 'site-title'
                  }
                  href={localPath('/')}
                  aria-label={`${settings.title} — ${i18n.t('site.home')}`}
                >
                  {settings.logo && <SiteLogo logo={settings.logo} name={settings.title} />}
                  {!settings.logo?.showsName && settings.title}
                </a>
                {settings.tagline && <p class="site-tagline">{settings.tagline}</p>}
              </div>
              <SiteSearchForm i18n={i18n} action={localPath('/search')} />
              {/* On a phone the search box gives way to a link: the search page is one tap away. */}
              <a
                class="search-link"
                href={localPath('/search')}
                aria-current={currentMark(meta, '/search')}
              >
                <span class="icon-search" aria-hidden="true" />
                <span class="visually-hidden">{i18n.t('site.search')}</span>
              </a>
              <LanguageSwitcher chrome={chrome} targets={languages} />
              <SiteMenu chrome={chrome} page={meta} languages={languages} />
            </div>
            <SiteNav chrome={chrome} page={meta} />
          </header>
          <div class={hasAboutBox ? 'page page-with-aside' : 'page'}>
            <main id="content" tabIndex={-1}>
              {children}
            </main>
            {hasAboutBox && (
              <aside class="about-box" aria-labelledby="about-box-title">
                <h2 id="about-box-title">{i18n.t('site.aboutThisSite')}</h2>
                {settings.aboutSummary && <p>{settings.aboutSummary}</p>}
                <p>
                  <a href={localPath('/about')}>{i18n.t('site.readMoreAbout')}</a>
                </p>
              </aside>
            )}
          </div>
          <SiteFooter chrome={chrome} />
        </body>
      </html>
    </PageAddresses>
  );
}
