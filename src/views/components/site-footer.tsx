import { SOCIAL_NETWORKS } from '../../domain/settings/social-links.ts';
import type { SiteChrome } from '../view-context.ts';
import { FeedLinks } from './feed-links.tsx';

/**
 * The foot of every page: the network's own words (or the catalogue's note until it writes
 * some), where to follow it, and the site's feeds. The links to social networks are plain
 * links named by their network: no widget, script or icon font is loaded for them.
 */
export function SiteFooter({ chrome }: { chrome: SiteChrome }) {
  const { settings, i18n } = chrome;
  const paragraphs = settings.footerText
    ? settings.footerText.split(/\n\s*\n/).map((paragraph) => paragraph.trim())
    : [i18n.t('site.footerNote')];
  const links = SOCIAL_NETWORKS.flatMap((network) => {
    const href = settings.socialLinks[network];
    return href ? [{ network, href }] : [];
  });
  return (
    <footer class="site-footer">
      <div class="footer-text">
        {paragraphs.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </div>
      {links.length > 0 && (
        <nav class="social-links" aria-labelledby="social-links-title">
          <h2 id="social-links-title">{i18n.t('site.follow')}</h2>
          <ul>
            {links.map(({ network, href }) => (
              <li>
                {/* rel="me": the network's own profiles, as profile sites verify them. */}
                <a href={href} rel="me">
                  {i18n.t(`site.social.${network}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <FeedLinks chrome={chrome} basePath="/feed" />
      <p class="follow-by-email">
        <a href={chrome.localPath('/subscribe')}>{i18n.t('subscriptions.follow')}</a>
      </p>
      <p class="privacy-link">
        <a href={chrome.localPath('/privacy')}>{i18n.t('privacy.note')}</a>
      </p>
    </footer>
  );
}
