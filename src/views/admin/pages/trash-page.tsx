import type { TrashView } from '../../../domain/trash/trash-listing.ts';
import { adminI18n, typeName } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Notice } from '../components/form-fields.tsx';

function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'Removed within a day';
  return daysLeft === 1 ? '1 day' : `${daysLeft} days`;
}

function RowActions({
  chrome,
  path,
  name,
  canRemove,
}: {
  chrome: AdminChrome;
  /** `/admin/trash/items/<id>` or `/admin/trash/media/<id>`. */
  path: string;
  name: string;
  canRemove: boolean;
}) {
  return (
    <div class="row-actions">
      <form method="post" action={`${path}/restore`}>
        <CsrfField token={chrome.csrfToken} />
        <button type="submit">
          Restore<span class="visually-hidden"> “{name}”</span>
        </button>
      </form>
      {canRemove && (
        <form method="post" action={`${path}/remove`}>
          <CsrfField token={chrome.csrfToken} />
          <button type="submit" class="danger">
            Remove for good<span class="visually-hidden"> “{name}”</span>
          </button>
        </form>
      )}
    </div>
  );
}

/** The cells every trashed row ends with: when and by whom, the days left, what to do. */
function TrashedCells({
  chrome,
  entry,
  path,
  name,
  canRemove,
}: {
  chrome: AdminChrome;
  entry: { deletedAt: string; deletedByName: string | null; daysLeft: number };
  path: string;
  name: string;
  canRemove: boolean;
}) {
  return (
    <>
      <td>
        <AdminTime value={entry.deletedAt} />
        {entry.deletedByName && ` by ${entry.deletedByName}`}
      </td>
      <td>{daysLeftText(entry.daysLeft)}</td>
      <td>
        <RowActions chrome={chrome} path={path} name={name} canRemove={canRemove} />
      </td>
    </>
  );
}

/** The trash: what the user may restore, how long each stays, and for administrators removal. */
export function TrashPage({
  chrome,
  trash,
  notice,
}: {
  chrome: AdminChrome;
  trash: TrashView;
  notice?: string;
}) {
  const isEmpty = trash.items.length === 0 && trash.media.length === 0;
  return (
    <AdminLayout chrome={chrome} title="Trash">
      <Notice>{notice}</Notice>
      <p class="hint">
        Items and uploads stay here for {trash.retentionDays} days, then they are removed for good.
        Restoring brings them back as they were: same status, address and labels.
      </p>
      <section aria-labelledby="trash-items-heading">
        <h2 id="trash-items-heading">Items</h2>
        {trash.items.length === 0 ? (
          <p>No items are in the trash.</p>
        ) : (
          <DataTable id="trash-items" caption="Items in the trash, most recently trashed first">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Type</th>
                <th scope="col">Status</th>
                <th scope="col">Trashed</th>
                <th scope="col">Days left</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trash.items.map((item) => (
                <tr>
                  <td>{item.title}</td>
                  <td>{typeName(item.type)}</td>
                  <td>{adminI18n.t(`status.${item.status}`)}</td>
                  <TrashedCells
                    chrome={chrome}
                    entry={item}
                    path={`/admin/trash/items/${item.id}`}
                    name={item.title}
                    canRemove={trash.canRemoveForGood}
                  />
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
      <section aria-labelledby="trash-media-heading">
        <h2 id="trash-media-heading">Uploads</h2>
        {trash.media.length === 0 ? (
          <p>No uploads are in the trash.</p>
        ) : (
          <DataTable id="trash-media" caption="Uploads in the trash, most recently trashed first">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Kind</th>
                <th scope="col">Trashed</th>
                <th scope="col">Days left</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trash.media.map((media) => (
                <tr>
                  <td>{media.originalName}</td>
                  <td>{media.kind}</td>
                  <TrashedCells
                    chrome={chrome}
                    entry={media}
                    path={`/admin/trash/media/${media.id}`}
                    name={media.originalName}
                    canRemove={trash.canRemoveForGood}
                  />
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
      {trash.canRemoveForGood && (
        <section aria-labelledby="trash-empty-heading">
          <h2 id="trash-empty-heading">Remove for good</h2>
          {!isEmpty && (
            <form method="post" action="/admin/trash/empty">
              <CsrfField token={chrome.csrfToken} />
              <p class="hint">
                Removes everything in the trash now, with its revisions and files. This cannot be
                undone.
              </p>
              <button type="submit" class="danger">
                Empty trash
              </button>
            </form>
          )}
          <form method="post" action="/admin/demo/remove">
            <CsrfField token={chrome.csrfToken} />
            <p class="hint">
              Starting a real site? Remove the demo content: exactly the items, uploads, authors and
              steering committee that the demo loaded. Your own items stay.
            </p>
            <button type="submit" class="danger">
              Remove the demo content
            </button>
          </form>
        </section>
      )}
    </AdminLayout>
  );
}
