import { messageParts } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { Notice } from '../components/form-fields.tsx';

/** A preview link just made: its secret address is shown this once (only its hash is kept). */
export interface SharedPreviewLink {
  url: string;
  expiresAt: string;
}

/**
 * The page after sharing or revoking an item's preview links: the new link (once) with its
 * expiry and a button that revokes it, or what was revoked.
 */
export function PreviewLinkPage({
  chrome,
  itemId,
  itemTitle,
  link,
  notice,
}: {
  chrome: AdminChrome;
  itemId: string;
  itemTitle: string;
  link?: SharedPreviewLink;
  notice?: string;
}) {
  const base = `/admin/items/${itemId}`;
  const { i18n } = chrome;
  const title = itemTitle || i18n.t('admin.edit.untitled');
  return (
    <AdminLayout chrome={chrome} title={i18n.t('admin.previewLink.title', { title })}>
      <Notice>{notice}</Notice>
      {link ? (
        <>
          <p>
            {messageParts(i18n, 'admin.previewLink.intro', {
              time: <AdminTime value={link.expiresAt} />,
            })}
          </p>
          <div class="field">
            <label for="preview-link-url">{i18n.t('admin.previewLink.label')}</label>
            <input id="preview-link-url" type="url" readOnly value={link.url} />
          </div>
        </>
      ) : (
        !notice && <p>{i18n.t('admin.previewLink.none')}</p>
      )}
      <form method="post" action={`${base}/preview-link/revoke`}>
        <CsrfField token={chrome.csrfToken} />
        <button type="submit" class="danger">
          {i18n.t('admin.preview.revokeAll')}
        </button>
      </form>
      <p>
        <a href={base}>{i18n.t('admin.previewLink.backToItem')}</a>
      </p>
    </AdminLayout>
  );
}
