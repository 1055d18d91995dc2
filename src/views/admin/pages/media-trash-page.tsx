import type { ContentStatus, ContentType } from '../../../domain/content/content-item.ts';
import { typeName } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';

/** An item that uses the upload, as the confirmation lists it. */
export interface MediaUse {
  id: string;
  type: ContentType;
  title: string;
  status: ContentStatus;
}

/**
 * Before an upload goes to the trash: where it is used. Moving one that items use needs the
 * confirmation this page's form sends; their pages lose the image or file until it is
 * restored.
 */
export function MediaTrashPage({
  chrome,
  media,
  uses,
}: {
  chrome: AdminChrome;
  media: { id: string; originalName: string };
  uses: MediaUse[];
}) {
  const { i18n } = chrome;
  const { t } = i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.mediaTrash.title', { name: media.originalName })}>
      {uses.length === 0 ? (
        <p>{t('admin.mediaTrash.unused')}</p>
      ) : (
        <div class="notice error" role="alert">
          <p>{t('admin.mediaTrash.usedBy', { count: uses.length })}</p>
          <ul>
            {uses.map((use) => (
              <li>
                <a href={`/admin/items/${use.id}`}>{use.title}</a>{' '}
                {t('admin.mediaTrash.useKind', {
                  type: typeName(use.type, i18n),
                  status: t(`status.${use.status}`),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={`/admin/media/${media.id}/trash`}>
        <CsrfField token={chrome.csrfToken} />
        {uses.length > 0 && <input type="hidden" name="confirm" value="yes" />}
        <button type="submit" class="danger">
          {t(uses.length > 0 ? 'admin.mediaTrash.moveAnyway' : 'admin.media.moveToTrash')}
        </button>
      </form>
      <p>
        <a href="/admin/media">{t('admin.mediaTrash.back')}</a>
      </p>
    </AdminLayout>
  );
}
