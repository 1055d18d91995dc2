import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';

/** An item a bulk action reached, as the report names it (null: one the user may not see). */
export interface BulkReportItem {
  id: string;
  title: string | null;
}

function ItemName({ item }: { item: BulkReportItem }) {
  return item.title === null ? (
    <>An item you cannot see</>
  ) : (
    <a href={`/admin/items/${item.id}`}>{item.title}</a>
  );
}

/**
 * What a bulk action on the desk did: a one-line summary ("3 approved; 1 refused"), the items
 * done, and each refusal with its reason, so nobody has to open every item to find out.
 */
export function BulkReportPage(props: {
  chrome: AdminChrome;
  /** The action's past tense: "approved", "submitted for review". */
  doneWord: string;
  done: BulkReportItem[];
  refused: (BulkReportItem & { reason: string })[];
  /** The desk as it was, to go back to. */
  backHref: string;
}) {
  const { done, refused } = props;
  const summary = [
    `${done.length} ${props.doneWord}`,
    ...(refused.length > 0 ? [`${refused.length} refused`] : []),
  ].join('; ');
  return (
    <AdminLayout chrome={props.chrome} title="Bulk action">
      <p class={refused.length > 0 ? 'notice error' : 'notice'} role="status">
        {`${summary}.`}
      </p>
      {refused.length > 0 && (
        <>
          <h2>Refused</h2>
          <ul class="bulk-refused">
            {refused.map((item) => (
              <li>
                <ItemName item={item} />: {item.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {done.length > 0 && (
        <>
          <h2>Done</h2>
          <ul class="bulk-done">
            {done.map((item) => (
              <li>
                <ItemName item={item} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={props.backHref}>Back to the desk</a>
      </p>
    </AdminLayout>
  );
}
