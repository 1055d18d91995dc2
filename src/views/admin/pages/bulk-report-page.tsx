import type { BulkAction } from '../../../domain/editorial/bulk-actions.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';

/** An item a bulk action reached, as the report names it (null: one the user may not see). */
export interface BulkReportItem {
  id: string;
  title: string | null;
}

function ItemName({ item }: { item: BulkReportItem }) {
  const i18n = useAdminI18n();
  return item.title === null ? (
    <>{i18n.t('bulk.hiddenItem')}</>
  ) : (
    <a href={`/admin/items/${item.id}`}>{item.title}</a>
  );
}

/**
 * What a bulk action on the desk did: a one-line summary ("3 approved; 1 refused"), the items
 * done, and each refusal with its reason, so nobody has to open every item to find out. The
 * page is reached by a redirect after the action: reloading it runs nothing again.
 */
export function BulkReportPage(props: {
  chrome: AdminChrome;
  action: BulkAction;
  done: BulkReportItem[];
  refused: (BulkReportItem & { reason: string })[];
  /** The desk as it was, to go back to. */
  backHref: string;
}) {
  const { done, refused } = props;
  const { t } = props.chrome.i18n;
  const summary = [
    t('bulk.summaryDone', { count: done.length, done: t(`bulk.done.${props.action}`) }),
    ...(refused.length > 0 ? [t('bulk.summaryRefused', { count: refused.length })] : []),
  ].join('; ');
  return (
    <AdminLayout chrome={props.chrome} title={t('bulk.title')}>
      <p class={refused.length > 0 ? 'notice error' : 'notice'} role="status">
        {`${summary}.`}
      </p>
      {refused.length > 0 && (
        <>
          <h2>{t('bulk.refused')}</h2>
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
          <h2>{t('bulk.doneHeading')}</h2>
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
        <a href={props.backHref}>{t('bulk.backToDesk')}</a>
      </p>
    </AdminLayout>
  );
}
