import { SIGNATURE_TABS, type SignatureTab } from '../../../domain/signatures/signature-service.ts';
import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { AdminPager } from '../components/admin-pager.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { Notice } from '../components/form-fields.tsx';
import { type SignatureListRow, SignatureTable } from '../components/signature-table.tsx';

/** The statement the signatures are under, as its organisers see it. */
export interface SignaturesStatement {
  id: string;
  title: string;
  /** The instant signing closes (the end of its deadline day, UTC); null: no deadline. */
  closesAt: string | null;
}

/** How many signatures each tab holds. */
export type SignatureCounts = Record<SignatureTab, number>;

/** The list's address for a tab and a page: the default tab and the first page are left out. */
export function signaturesHref(
  statementId: string,
  query: { tab?: SignatureTab; defaultTab?: SignatureTab; cursor?: string | null },
): string {
  const search = new URLSearchParams();
  if (query.tab && query.tab !== query.defaultTab) search.set('status', query.tab);
  if (query.cursor) search.set('cursor', query.cursor);
  const text = search.toString();
  const path = `/admin/statements/${statementId}/signatures`;
  return text ? `${path}?${text}` : path;
}

/** The tab a statement's page opens on: held ones first, when there are any. */
export function defaultSignatureTab(counts: SignatureCounts): SignatureTab {
  return counts.held > 0 ? 'held' : 'approved';
}

function Tabs(props: { statementId: string; tab: SignatureTab; counts: SignatureCounts }) {
  const i18n = useAdminI18n();
  const defaultTab = defaultSignatureTab(props.counts);
  return (
    <nav aria-label={i18n.t('admin.signatures.tabs')} class="status-filter">
      <ul>
        {SIGNATURE_TABS.map((tab) => (
          <li>
            <a
              href={signaturesHref(props.statementId, { tab, defaultTab })}
              aria-current={tab === props.tab ? 'page' : undefined}
            >
              {i18n.t(`admin.signatures.tab.${tab}`, { count: props.counts[tab] })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Closing({ statement }: { statement: SignaturesStatement }) {
  const i18n = useAdminI18n();
  if (!statement.closesAt) return <p>{i18n.t('admin.signatures.noDeadline')}</p>;
  const time = <AdminTime value={statement.closesAt} />;
  const key =
    statement.closesAt <= new Date().toISOString()
      ? 'admin.signatures.closed'
      : 'admin.signatures.closes';
  return <p>{messageParts(i18n, key, { time })}</p>;
}

/**
 * A statement's signatures for its organisers: counts, a tab per kind of signature, a page at
 * a time; organisations held for approval approved or rejected one by one, or several
 * approved at once; everything as CSV.
 */
export function SignaturesPage(props: {
  chrome: AdminChrome;
  statement: SignaturesStatement;
  counts: SignatureCounts;
  tab: SignatureTab;
  rows: SignatureListRow[];
  isFirstPage: boolean;
  nextCursor: string | null;
  notice?: string;
}) {
  const { chrome, statement, tab, counts } = props;
  const { i18n } = chrome;
  return (
    <AdminLayout
      chrome={chrome}
      title={i18n.t('admin.signatures.title', { title: statement.title })}
    >
      <Notice>{props.notice}</Notice>
      <Closing statement={statement} />
      <p>
        <a href={`/admin/items/${statement.id}`}>{i18n.t('admin.signatures.editStatement')}</a>
        {' · '}
        <a href={`/admin/statements/${statement.id}/signatures.csv`} download>
          {i18n.t('admin.signatures.downloadCsv')}
        </a>
      </p>
      <Tabs statementId={statement.id} tab={tab} counts={counts} />
      {props.rows.length === 0 ? (
        <p>{i18n.t(`admin.signatures.empty.${tab}`)}</p>
      ) : tab === 'rejected' || tab === 'unconfirmed' ? (
        <SignatureTable rows={props.rows} tab={tab} />
      ) : (
        // One form for the CSRF field and the tab to come back to; each row's buttons send
        // it to their own address, the bar's button approves the chosen ones.
        <form
          method="post"
          action={`/admin/statements/${statement.id}/signatures/approve`}
          class="desk-bulk"
        >
          <CsrfField token={chrome.csrfToken} />
          <input type="hidden" name="back" value={tab} />
          {tab === 'held' && (
            <div class="bulk-bar">
              <button type="submit">{i18n.t('admin.signatures.approveChosen')}</button>
            </div>
          )}
          <SignatureTable rows={props.rows} tab={tab} />
        </form>
      )}
      {/* Pages follow a cursor: forward one page at a time, or back to the first. */}
      <AdminPager
        label={i18n.t('admin.signatures.pages')}
        back={
          props.isFirstPage
            ? undefined
            : {
                href: signaturesHref(statement.id, { tab }),
                text: i18n.t('admin.signatures.firstPage'),
              }
        }
        forward={
          props.nextCursor
            ? {
                href: signaturesHref(statement.id, { tab, cursor: props.nextCursor }),
                text: i18n.t('admin.signatures.nextPage'),
                rel: 'next',
              }
            : undefined
        }
      />
    </AdminLayout>
  );
}
