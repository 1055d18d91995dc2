import type { ContentDetail } from '../../domain/content/content-item.ts';
import { sharingText } from '../../domain/content/item-sharing.ts';
import type { MessageKey } from '../../lib/i18n/catalogues.ts';
import { interfaceLanguageOf } from '../../lib/i18n/languages.ts';
import type { SiteChrome } from '../view-context.ts';

/** One way to share: the network's name in the catalogue and its address for a page. */
interface ShareTarget {
  name: MessageKey;
  href(url: string, title: string): string;
}

const encode = encodeURIComponent;

/**
 * The networks' own share addresses: plain links that open the app or site with the page
 * filled in. No script of theirs loads here, so nothing tracks a reader who does not share.
 */
const SHARE_TARGETS: ShareTarget[] = [
  {
    name: 'share.whatsapp',
    href: (url, title) => `https://wa.me/?text=${encode(`${title} ${url}`)}`,
  },
  {
    name: 'share.facebook',
    href: (url) => `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}`,
  },
  {
    name: 'share.x',
    href: (url, title) => `https://x.com/intent/post?url=${encode(url)}&text=${encode(title)}`,
  },
  {
    name: 'share.linkedin',
    href: (url) => `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}`,
  },
  {
    name: 'share.telegram',
    href: (url, title) => `https://t.me/share/url?url=${encode(url)}&text=${encode(title)}`,
  },
];

/** A mail in the reader's own program: the title as subject, title and address as body. */
function mailHref(url: string, title: string): string {
  // RFC 6068: line breaks in a mailto body are CRLF.
  return `mailto:?subject=${encode(title)}&body=${encode(`${title}\r\n${url}`)}`;
}

/**
 * Share links for an item's page: WhatsApp, Facebook, X, LinkedIn, Telegram and email, each
 * a plain link (no JavaScript), and the page's address in a field to copy by hand, which works
 * on every phone without a script of ours either.
 */
export function ShareLinks({ chrome, item }: { chrome: SiteChrome; item: ContentDetail }) {
  const { i18n } = chrome;
  // The item's own address (under its language's prefix), as its canonical link names it.
  const url = `${chrome.siteUrl}${chrome.languagePath(item.path, interfaceLanguageOf(item.locale))}`;
  // The title shared links show (the editor's sharing title when set), as in the page's head.
  const { title } = sharingText(item);
  return (
    <section class="share" aria-labelledby="share-title">
      <h2 id="share-title">{i18n.t('share.title')}</h2>
      <ul class="share-links">
        {SHARE_TARGETS.map((target) => {
          const network = i18n.t(target.name);
          return (
            <li>
              <a
                href={target.href(url, title)}
                target="_blank"
                rel="noopener"
                aria-label={i18n.t('share.on', { network })}
              >
                {network}
              </a>
            </li>
          );
        })}
        <li>
          <a href={mailHref(url, title)} aria-label={i18n.t('share.byEmail')}>
            {i18n.t('share.email')}
          </a>
        </li>
      </ul>
      <p class="share-copy">
        <label for="share-url">{i18n.t('share.link')}</label>
        <input id="share-url" type="url" value={url} readOnly />
      </p>
    </section>
  );
}
