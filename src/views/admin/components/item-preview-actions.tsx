import type { ItemAction } from '../../../domain/auth/permissions.ts';
import {
  DEFAULT_PREVIEW_DAYS,
  canSharePreview,
} from '../../../domain/preview/preview-link-service.ts';
import { CsrfField } from '../admin-layout.tsx';
import { SelectField } from './form-fields.tsx';

/** How long a new preview link may last, in days (the domain allows 1 to 30). */
const lifetimes = [1, 3, 7, 14, 30].map((days) => ({
  value: String(days),
  label: days === 1 ? '1 day' : `${days} days`,
}));

/**
 * The edit page's preview: a link to the page as readers will see it, and, for whoever may
 * edit or review the item, a form that makes a private preview link and one that revokes
 * every link of the item. The server checks again when a form arrives.
 */
export function ItemPreviewActions({
  itemId,
  csrfToken,
  allowed,
}: {
  itemId: string;
  csrfToken: string;
  allowed: Record<ItemAction, boolean>;
}) {
  const base = `/admin/items/${itemId}`;
  return (
    <section aria-labelledby="preview-heading" class="preview-actions">
      <h2 id="preview-heading">Preview</h2>
      <p>
        <a href={`${base}/preview`}>Preview</a> the page as readers will see it, or{' '}
        <a href={`${base}/preview?width=phone`}>preview it at phone width</a>. Save first: the
        preview shows the item as saved.
      </p>
      {canSharePreview(allowed) && (
        <>
          <form method="post" action={`${base}/preview-link`}>
            <CsrfField token={csrfToken} />
            <SelectField
              formId="preview-link"
              name="expiresInDays"
              label="The link works for"
              hint="Anyone holding the link can read this item, published or not, until it expires or is revoked. No account is needed."
              options={lifetimes}
              value={String(DEFAULT_PREVIEW_DAYS)}
            />
            <button type="submit">Share a preview link</button>
          </form>
          <form method="post" action={`${base}/preview-link/revoke`}>
            <CsrfField token={csrfToken} />
            <button type="submit" class="danger">
              Revoke every preview link of this item
            </button>
          </form>
        </>
      )}
    </section>
  );
}
