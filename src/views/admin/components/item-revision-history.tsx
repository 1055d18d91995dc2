import type { RevisionSummary } from '../../../domain/editorial/revision-service.ts';
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
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        {props.revisions.map((revision) => (
          <option value={String(revision.number)} selected={revision.number === props.selected}>
            {`Revision ${revision.number}: ${revision.summary}`}
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
  const latest = revisions[0]?.number ?? 0;
  const diffPath = `/admin/items/${itemId}/diff`;
  return (
    <section aria-labelledby="history-heading" class="history">
      <h2 id="history-heading">History</h2>
      {revisions.length === 0 ? (
        <p>No revisions yet.</p>
      ) : (
        <DataTable id="revisions" caption="Revisions, newest first">
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr>
                <td>{revision.number}</td>
                <td>
                  <AdminTime value={revision.createdAt} />
                </td>
                <td>{revision.authorName ?? '—'}</td>
                <td>{revision.summary}</td>
                <td class="row-actions">
                  {revision.number > 1 && (
                    <a href={`${diffPath}?from=${revision.number - 1}&to=${revision.number}`}>
                      Compare with revision {revision.number - 1}
                    </a>
                  )}
                  {canRestore && revision.number !== latest && (
                    <form method="post" action={`/admin/items/${itemId}/restore`}>
                      <CsrfField token={csrfToken} />
                      <input type="hidden" name="revision" value={String(revision.number)} />
                      <button type="submit" class="secondary">
                        Restore revision {revision.number}
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
            label="Compare revision"
            revisions={revisions}
            selected={revisions[1]?.number ?? 1}
          />
          <RevisionSelect
            id="compare-to"
            name="to"
            label="with revision"
            revisions={revisions}
            selected={latest}
          />
          <button type="submit" class="secondary">
            Compare
          </button>
        </form>
      )}
    </section>
  );
}
