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
  return (
    <AdminLayout chrome={chrome} title={`Preview links of “${itemTitle || 'untitled'}”`}>
      <Notice>{notice}</Notice>
      {link ? (
        <>
          <p>
            Send this link to whoever should read the item before it is published. It works until{' '}
            <AdminTime value={link.expiresAt} />, or until you revoke it. It is shown only now: copy
            it before leaving this page.
          </p>
          <div class="field">
            <label for="preview-link-url">Preview link</label>
            <input id="preview-link-url" type="url" readOnly value={link.url} />
          </div>
        </>
      ) : (
        !notice && <p>There is no new link to show: a link is shown once, when it is made.</p>
      )}
      <form method="post" action={`${base}/preview-link/revoke`}>
        <CsrfField token={chrome.csrfToken} />
        <button type="submit" class="danger">
          Revoke every preview link of this item
        </button>
      </form>
      <p>
        <a href={base}>Back to the item</a>
      </p>
    </AdminLayout>
  );
}
