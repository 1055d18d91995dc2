import type { TrashView } from '../../../domain/trash/trash-listing.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { typeName, useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Notice } from '../components/form-fields.tsx';

/** "in 29 days", "within a day": read after the column's heading, or the card's label. */
function removalText({ t }: Translator, daysLeft: number): string {
  return daysLeft === 0 ? t('trash.removedWithinADay') : t('trash.removedIn', { count: daysLeft });
}

/**
 * A cell's heading repeated inside it, shown only where the table is laid out as cards (a
 * phone), where the column headings are out of sight. Hidden from screen readers, which read
 * the column heading with the cell in either layout.
 */
function CardLabel({ children }: { children: string }) {
  return (
    <span class="card-label" aria-hidden="true">
      {children}{' '}
    </span>
  );
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
  const { t } = useAdminI18n();
  return (
    <div class="row-actions">
      <form method="post" action={`${path}/restore`}>
        <CsrfField token={chrome.csrfToken} />
        <button type="submit">
          {t('trash.restore')}
          <span class="visually-hidden"> {t('admin.quotedName', { name })}</span>
        </button>
      </form>
      {canRemove && (
        <form method="post" action={`${path}/remove`}>
          <CsrfField token={chrome.csrfToken} />
          <button type="submit" class="danger">
            {t('trash.removeForGood')}
            <span class="visually-hidden"> {t('admin.quotedName', { name })}</span>
          </button>
        </form>
      )}
    </div>
  );
}

/** The cells every trashed row ends with: when and by whom, when it goes, what to do. */
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
  const i18n = useAdminI18n();
  const { t } = i18n;
  return (
    <>
      <td class="trashed">
        <CardLabel>{t('trash.column.trashed')}</CardLabel>
        <AdminTime value={entry.deletedAt} />
        {entry.deletedByName && ` ${t('trash.byPerson', { name: entry.deletedByName })}`}
      </td>
      <td class="removal">
        <CardLabel>{t('trash.column.removal')}</CardLabel>
        {removalText(i18n, entry.daysLeft)}
      </td>
      <td class="actions-cell">
        <RowActions chrome={chrome} path={path} name={name} canRemove={canRemove} />
      </td>
    </>
  );
}

function ItemsTable({ chrome, trash }: { chrome: AdminChrome; trash: TrashView }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  return (
    <DataTable id="trash-items" caption={t('trash.itemsCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('trash.column.title')}</th>
          <th scope="col">{t('trash.column.type')}</th>
          <th scope="col">{t('trash.column.status')}</th>
          <th scope="col">{t('trash.column.trashed')}</th>
          <th scope="col">{t('trash.column.removal')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('trash.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {trash.items.map((item) => (
          <tr>
            <td class="title">{item.title}</td>
            <td>{typeName(item.type, i18n)}</td>
            <td>{t(`status.${item.status}`)}</td>
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
  );
}

function UploadsTable({ chrome, trash }: { chrome: AdminChrome; trash: TrashView }) {
  const { t } = useAdminI18n();
  return (
    <DataTable id="trash-media" caption={t('trash.uploadsCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('trash.column.file')}</th>
          <th scope="col">{t('trash.column.kind')}</th>
          <th scope="col">{t('trash.column.trashed')}</th>
          <th scope="col">{t('trash.column.removal')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('trash.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {trash.media.map((media) => (
          <tr>
            <td class="title">{media.originalName}</td>
            <td>{t(`trash.kind.${media.kind}`)}</td>
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
  );
}

/** Emptying the trash and removing the demo: each its own block, apart from the other. */
function RemovalForms({ chrome, isEmpty }: { chrome: AdminChrome; isEmpty: boolean }) {
  const { t } = useAdminI18n();
  return (
    <section aria-labelledby="trash-removal-heading" class="trash-removal">
      <h2 id="trash-removal-heading">{t('trash.removalHeading')}</h2>
      {!isEmpty && (
        <form method="post" action="/admin/trash/empty">
          <h3>{t('trash.emptyHeading')}</h3>
          <CsrfField token={chrome.csrfToken} />
          <p class="hint">{t('trash.emptyHint')}</p>
          <button type="submit" class="danger">
            {t('trash.empty')}
          </button>
        </form>
      )}
      <form method="post" action="/admin/demo/remove">
        <h3>{t('trash.demoHeading')}</h3>
        <CsrfField token={chrome.csrfToken} />
        <p class="hint">{t('trash.demoHint')}</p>
        <button type="submit" class="danger">
          {t('trash.removeDemo')}
        </button>
      </form>
    </section>
  );
}

/**
 * The trash: what the user may restore, how long each stays, and for administrators removal.
 * Its tables read as cards on a phone (admin.css), like the desk's.
 */
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
  const { t } = chrome.i18n;
  return (
    <AdminLayout chrome={chrome} title={t('trash.title')}>
      <Notice>{notice}</Notice>
      <p class="hint">{t('trash.intro', { count: trash.retentionDays })}</p>
      <section aria-labelledby="trash-items-heading" class="trash-list">
        <h2 id="trash-items-heading">{t('trash.items')}</h2>
        {trash.items.length === 0 ? (
          <p>{t('trash.noItems')}</p>
        ) : (
          <ItemsTable chrome={chrome} trash={trash} />
        )}
      </section>
      <section aria-labelledby="trash-media-heading" class="trash-list">
        <h2 id="trash-media-heading">{t('trash.uploads')}</h2>
        {trash.media.length === 0 ? (
          <p>{t('trash.noUploads')}</p>
        ) : (
          <UploadsTable chrome={chrome} trash={trash} />
        )}
      </section>
      {trash.canRemoveForGood && <RemovalForms chrome={chrome} isEmpty={isEmpty} />}
    </AdminLayout>
  );
}
