import type { ComponentChildren } from 'preact';
import type { Actor, UserRole } from '../../domain/auth/actor.ts';
import type { MessageKey, Translator } from '../../lib/i18n/translator.ts';
import { SITE_TIME_ZONE } from '../../lib/time.ts';
import { AdminI18n, messageParts } from './admin-i18n.ts';
import { AdminTimeZone } from './components/admin-time.tsx';

/** What every admin page needs around its content. */
export interface AdminChrome {
  siteTitle: string;
  /** The signed-in user; null on the sign-in, reset and invitation pages. */
  actor: Actor | null;
  /** Token for every form on the page (hidden field `_csrf`). */
  csrfToken: string;
  stylesheetPath: string;
  /** Path of the current page, to mark the current navigation entry. */
  currentPath: string;
  /** The admin's words in the signed-in person's language (the site's before signing in). */
  i18n: Translator;
  /** Comments waiting for this person's decision, named beside "Comments" when there are some. */
  heldComments?: number;
}

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

const everyone = ['administrator', 'editor', 'contributor'] as const;

const sections: readonly { path: string; label: MessageKey; roles: readonly UserRole[] }[] = [
  { path: '/admin', label: 'admin.nav.items', roles: everyone },
  { path: '/admin/review', label: 'admin.nav.review', roles: ['administrator', 'editor'] },
  { path: '/admin/comments', label: 'admin.comments.nav', roles: ['administrator', 'editor'] },
  { path: '/admin/newsletters', label: 'newsletters.nav', roles: ['administrator', 'editor'] },
  { path: '/admin/media', label: 'admin.nav.media', roles: everyone },
  { path: '/admin/trash', label: 'admin.nav.trash', roles: everyone },
  { path: '/admin/users', label: 'admin.nav.users', roles: ['administrator'] },
  { path: '/admin/subscribers', label: 'admin.subscribers.nav', roles: ['administrator'] },
  { path: '/admin/labels', label: 'admin.nav.labels', roles: ['administrator'] },
  { path: '/admin/settings', label: 'admin.nav.settings', roles: ['administrator'] },
  { path: '/admin/tokens', label: 'admin.nav.tokens', roles: everyone },
  { path: '/admin/audit', label: 'admin.nav.audit', roles: ['administrator'] },
  { path: '/admin/mail', label: 'adminMail.nav', roles: ['administrator'] },
];

/**
 * The frame of the admin area. Server-rendered and usable without JavaScript; pages may add
 * scripts (the editor) as deferred enhancements.
 */
export function AdminLayout({
  chrome,
  title,
  scripts = [],
  children,
}: {
  chrome: AdminChrome;
  title: string;
  /** Fingerprinted paths of deferred scripts. */
  scripts?: string[];
  children: ComponentChildren;
}) {
  const { actor, i18n } = chrome;
  return (
    <html lang={chrome.i18n.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{i18n.t('admin.layout.documentTitle', { title, site: chrome.siteTitle })}</title>
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={chrome.stylesheetPath} />
        <link rel="icon" href="data:," />
        {scripts.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="admin">
        <a class="skip-link" href="#content">
          {i18n.t('site.skipToContent')}
        </a>
        <header class="admin-header">
          <a class="admin-site" href="/">
            {chrome.siteTitle}
          </a>
          {actor && (
            <>
              <nav aria-label={i18n.t('admin.nav.label')}>
                <ul>
                  {sections
                    .filter((section) => section.roles.includes(actor.role))
                    .map((section) => (
                      <li>
                        <a
                          href={section.path}
                          aria-current={chrome.currentPath === section.path ? 'page' : undefined}
                        >
                          {section.path === '/admin/comments' && chrome.heldComments
                            ? i18n.t('admin.comments.navHeld', { count: chrome.heldComments })
                            : i18n.t(section.label)}
                        </a>
                      </li>
                    ))}
                </ul>
              </nav>
              <form class="admin-signout" method="post" action="/admin/logout">
                <CsrfField token={chrome.csrfToken} />
                <span>
                  {messageParts(i18n, 'admin.layout.signedIn', {
                    name: <a href="/admin/account">{actor.name}</a>,
                    role: i18n.t(`admin.role.${actor.role}.inText`),
                  })}
                </span>{' '}
                <button type="submit">{i18n.t('admin.layout.signOut')}</button>
              </form>
            </>
          )}
        </header>
        <main id="content" class="admin-main">
          <h1>{title}</h1>
          <AdminI18n.Provider value={i18n}>
            <AdminTimeZone.Provider value={actor?.timeZone ?? SITE_TIME_ZONE}>
              {children}
            </AdminTimeZone.Provider>
          </AdminI18n.Provider>
        </main>
      </body>
    </html>
  );
}
