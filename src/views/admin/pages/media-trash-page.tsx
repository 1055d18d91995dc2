import type { ContentStatus, ContentType } from '../../../domain/content/content-item.ts';
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
  return (
    <AdminLayout chrome={chrome} title={`Move ${media.originalName} to the trash`}>
      {uses.length === 0 ? (
        <p>No item uses this upload.</p>
      ) : (
        <div class="notice error" role="alert">
          <p>
            This upload is used by {uses.length === 1 ? '1 item' : `${uses.length} items`}. They
            will show no image or file in its place until it is restored.
          </p>
          <ul>
            {uses.map((use) => (
              <li>
                <a href={`/admin/items/${use.id}`}>{use.title}</a> ({use.type}, {use.status})
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={`/admin/media/${media.id}/trash`}>
        <CsrfField token={chrome.csrfToken} />
        {uses.length > 0 && <input type="hidden" name="confirm" value="yes" />}
        <button type="submit" class="danger">
          {uses.length > 0 ? 'Move to trash anyway' : 'Move to trash'}
        </button>
      </form>
      <p>
        <a href="/admin/media">Back to the media library</a>
      </p>
    </AdminLayout>
  );
}
