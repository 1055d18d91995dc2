import type { ItemAction } from '../../../domain/auth/permissions.ts';
import {
  DEFAULT_PREVIEW_DAYS,
  canSharePreview,
} from '../../../domain/preview/preview-link-service.ts';
import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';
import { SelectField } from './form-fields.tsx';

/** How long a new preview link may last, in days (the domain allows 1 to 30). */
const LIFETIMES = [1, 3, 7, 14, 30];

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
  const i18n = useAdminI18n();
  const base = `/admin/items/${itemId}`;
  const lifetimes = LIFETIMES.map((days) => ({
    value: String(days),
    label: i18n.t('admin.preview.days', { count: days }),
  }));
  return (
    <section aria-labelledby="preview-heading" class="preview-actions">
      <h2 id="preview-heading">{i18n.t('admin.preview.heading')}</h2>
      <p>
        {messageParts(i18n, 'admin.preview.intro', {
          preview: <a href={`${base}/preview`}>{i18n.t('admin.preview.link')}</a>,
          phone: <a href={`${base}/preview?width=phone`}>{i18n.t('admin.preview.phoneLink')}</a>,
        })}
      </p>
      {canSharePreview(allowed) && (
        <>
          <form method="post" action={`${base}/preview-link`}>
            <CsrfField token={csrfToken} />
            <SelectField
              formId="preview-link"
              name="expiresInDays"
              label={i18n.t('admin.preview.lifetime')}
              hint={i18n.t('admin.preview.lifetime.hint')}
              options={lifetimes}
              value={String(DEFAULT_PREVIEW_DAYS)}
            />
            <button type="submit">{i18n.t('admin.preview.share')}</button>
          </form>
          <form method="post" action={`${base}/preview-link/revoke`}>
            <CsrfField token={csrfToken} />
            <button type="submit" class="danger">
              {i18n.t('admin.preview.revokeAll')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
