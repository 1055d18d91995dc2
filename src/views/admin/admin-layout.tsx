import type { ComponentChildren } from 'preact';
import type { Actor } from '../../domain/auth/actor.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { SITE_TIME_ZONE } from '../../lib/time.ts';
import { AdminI18n } from './admin-i18n.ts';
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
}

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

const sections = [
  { path: '/admin', label: 'Items', roles: ['administrator', 'editor', 'contributor'] },
  { path: '/admin/review', label: 'Review', roles: ['administrator', 'editor'] },
  { path: '/admin/media', label: 'Media', roles: ['administrator', 'editor', 'contributor'] },
  { path: '/admin/trash', label: 'Trash', roles: ['administrator', 'editor', 'contributor'] },
  { path: '/admin/users', label: 'Users', roles: ['administrator'] },
  { path: '/admin/labels', label: 'Countries and themes', roles: ['administrator'] },
  { path: '/admin/settings', label: 'Settings', roles: ['administrator'] },
  { path: '/admin/tokens', label: 'API tokens', roles: ['administrator', 'editor', 'contributor'] },
  { path: '/admin/audit', label: 'Audit log', roles: ['administrator'] },
] as const;

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
  const { actor } = chrome;
  return (
    <html lang={chrome.i18n.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · ${chrome.siteTitle} admin`}</title>
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={chrome.stylesheetPath} />
        <link rel="icon" href="data:," />
        {scripts.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="admin">
        <a class="skip-link" href="#content">
          Skip to content
        </a>
        <header class="admin-header">
          <a class="admin-site" href="/">
            {chrome.siteTitle}
          </a>
          {actor && (
            <>
              <nav aria-label="Admin">
                <ul>
                  {sections
                    .filter((section) => (section.roles as readonly string[]).includes(actor.role))
                    .map((section) => (
                      <li>
                        <a
                          href={section.path}
                          aria-current={chrome.currentPath === section.path ? 'page' : undefined}
                        >
                          {section.label}
                        </a>
                      </li>
                    ))}
                </ul>
              </nav>
              <form class="admin-signout" method="post" action="/admin/logout">
                <CsrfField token={chrome.csrfToken} />
                <span>
                  <a href="/admin/account">{actor.name}</a> ({actor.role})
                </span>{' '}
                <button type="submit">Sign out</button>
              </form>
            </>
          )}
        </header>
        <main id="content" class="admin-main">
          <h1>{title}</h1>
          <AdminI18n.Provider value={chrome.i18n}>
            <AdminTimeZone.Provider value={actor?.timeZone ?? SITE_TIME_ZONE}>
              {children}
            </AdminTimeZone.Provider>
          </AdminI18n.Provider>
        </main>
      </body>
    </html>
  );
}
