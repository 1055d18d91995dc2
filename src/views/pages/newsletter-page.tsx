import {
  EVERY_UPLOAD,
  publicMediaUrl,
  withPublicMediaUrls,
} from '../../domain/media/public-media-url.ts';
import type { NewsletterContent } from '../../domain/newsletters/newsletter-service.ts';
import { interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import { htmlToText } from '../../lib/sanitize-body-html.ts';
import { langWhereDifferent } from '../components/item-language.tsx';
import { TrustedHtml } from '../components/trusted-html.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';
import {
  NEWSLETTER_ARCHIVE_PATH,
  SubscribeInvitation,
  newsletterPath,
} from './newsletter-archive-page.tsx';

const DESCRIPTION_LENGTH = 200;

/** A sent newsletter as a web page: what every subscriber got, and nothing about who did. */
export function NewsletterPage({
  chrome,
  newsletter,
}: {
  chrome: SiteChrome;
  newsletter: NewsletterContent;
}) {
  const { i18n } = chrome;
  const path = newsletterPath(newsletter.slug);
  // Its own address is in its own language, whichever language's page shows it.
  const lang = langWhereDifferent(newsletter.language, i18n.locale);
  const { item } = newsletter;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: newsletter.subject,
        description:
          htmlToText(newsletter.bodyHtml).slice(0, DESCRIPTION_LENGTH) ||
          item?.excerpt ||
          i18n.t('newsletters.archive.description'),
        path,
        canonicalPath: chrome.languagePath(path, interfaceLanguageOf(newsletter.language)),
        ogType: 'article',
        section: NEWSLETTER_ARCHIVE_PATH,
      }}
    >
      <article class="page" lang={lang}>
        <p class="kicker">
          <a href={chrome.localPath(NEWSLETTER_ARCHIVE_PATH)} lang={lang && i18n.locale}>
            {i18n.t('newsletters.archive.title')}
          </a>
        </p>
        <h1>{newsletter.subject}</h1>
        {newsletter.queuedAt && (
          <p class="meta" lang={lang && i18n.locale}>
            {i18n.t('newsletters.archive.sentOn', {
              date: i18n.formatDate(newsletter.queuedAt, 'long'),
            })}
          </p>
        )}
        {newsletter.bodyHtml && (
          <TrustedHtml
            className="prose"
            html={withPublicMediaUrls(newsletter.bodyHtml, {
              mediaPublicUrl: chrome.mediaPublicUrl,
              liveUploads: EVERY_UPLOAD,
            })}
          />
        )}
        {item && (
          <section class="summary" aria-labelledby="newsletter-item">
            <div class="summary-text">
              <h2 id="newsletter-item" class="summary-title">
                <a href={chrome.localPath(item.path)}>{item.title}</a>
              </h2>
              {item.picture && (
                <img
                  src={publicMediaUrl(item.picture.url, chrome.mediaPublicUrl)}
                  alt={item.picture.alt}
                  width={item.picture.width}
                  height={item.picture.height}
                  loading="lazy"
                  decoding="async"
                />
              )}
              {item.excerpt && <p class="excerpt">{item.excerpt}</p>}
              <p>
                <a href={chrome.localPath(item.path)}>{i18n.t('newsletters.email.readOnSite')}</a>
              </p>
            </div>
          </section>
        )}
      </article>
      <SubscribeInvitation chrome={chrome} />
    </SiteLayout>
  );
}
