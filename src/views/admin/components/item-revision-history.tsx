import type { RevisionSummary } from '../../../domain/editorial/revision-service.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';
import { AdminTime } from './admin-time.tsx';
import { DataTable } from './data-table.tsx';

function RevisionSelect(props: {
  id: string;
  name: string;
  label: string;
  revisions: RevisionSummary[];
  selected: number;
}) {
  const i18n = useAdminI18n();
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        {props.revisions.map((revision) => (
          <option value={String(revision.number)} selected={revision.number === props.selected}>
            {i18n.t('admin.history.option', {
              number: revision.number,
              summary: revision.summary,
            })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Every saved state of the item, newest first, with comparing and restoring. */
export function ItemRevisionHistory({
  itemId,
  csrfToken,
  revisions,
  canRestore,
}: {
  itemId: string;
  csrfToken: string;
  revisions: RevisionSummary[];
  canRestore: boolean;
}) {
  const i18n = useAdminI18n();
  const latest = revisions[0]?.number ?? 0;
  const diffPath = `/admin/items/${itemId}/diff`;
  return (
    <section aria-labelledby="history-heading" class="history">
      <h2 id="history-heading">{i18n.t('admin.history.heading')}</h2>
      {revisions.length === 0 ? (
        <p>{i18n.t('admin.history.empty')}</p>
      ) : (
        <DataTable id="revisions" caption={i18n.t('admin.history.caption')}>
          <thead>
            <tr>
              <th scope="col">{i18n.t('admin.history.column.revision')}</th>
              <th scope="col">{i18n.t('admin.history.column.when')}</th>
              <th scope="col">{i18n.t('admin.history.column.who')}</th>
              <th scope="col">{i18n.t('admin.history.column.what')}</th>
              <th scope="col">{i18n.t('admin.history.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr>
                <td>{i18n.formatNumber(revision.number)}</td>
                <td>
                  <AdminTime value={revision.createdAt} />
                </td>
                <td>{revision.authorName ?? '—'}</td>
                <td>{revision.summary}</td>
                <td class="row-actions">
                  {revision.number > 1 && (
                    <a href={`${diffPath}?from=${revision.number - 1}&to=${revision.number}`}>
                      {i18n.t('admin.history.compareWith', { number: revision.number - 1 })}
                    </a>
                  )}
                  {canRestore && revision.number !== latest && (
                    <form method="post" action={`/admin/items/${itemId}/restore`}>
                      <CsrfField token={csrfToken} />
                      <input type="hidden" name="revision" value={String(revision.number)} />
                      <button type="submit" class="secondary">
                        {i18n.t('admin.history.restore', { number: revision.number })}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {revisions.length > 1 && (
        <form method="get" action={diffPath} class="compare-form">
          <RevisionSelect
            id="compare-from"
            name="from"
            label={i18n.t('admin.history.compareFrom')}
            revisions={revisions}
            selected={revisions[1]?.number ?? 1}
          />
          <RevisionSelect
            id="compare-to"
            name="to"
            label={i18n.t('admin.history.compareTo')}
            revisions={revisions}
            selected={latest}
          />
          <button type="submit" class="secondary">
            {i18n.t('admin.history.compare')}
          </button>
        </form>
      )}
    </section>
  );
}
