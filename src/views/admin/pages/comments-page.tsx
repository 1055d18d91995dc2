import type { Pagination } from '../../../domain/content/content-item.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { AdminPager } from '../components/admin-pager.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Notice, TextField } from '../components/form-fields.tsx';

export type CommentTab = 'held' | 'approved' | 'spam' | 'rejected';
export type CommentDecision = 'approve' | 'reject' | 'spam' | 'delete';

/** The list's query: a tab, words to find, a page. */
export interface CommentsQuery {
  status: CommentTab;
  q?: string;
  page: number;
}

/** One comment as a moderator sees it. */
export interface CommentRow {
  id: string;
  /** Plain text, shortened; shown escaped like any text. */
  text: string;
  authorName: string;
  /** Shown to moderators here only, never on a public page. */
  authorEmail: string | null;
  status: CommentTab | 'unconfirmed' | 'trashed';
  isReply: boolean;
  createdAt: string;
  item: { id: string; title: string; publicPath: string | null };
}

const TABS: readonly CommentTab[] = ['held', 'approved', 'spam', 'rejected'];

/** The decisions a comment in a tab can take: none that would leave it where it is. */
const DECISIONS: Record<CommentTab, readonly CommentDecision[]> = {
  held: ['approve', 'reject', 'spam', 'delete'],
  approved: ['reject', 'spam', 'delete'],
  spam: ['approve', 'reject', 'delete'],
  rejected: ['approve', 'spam', 'delete'],
};

/** The list's address for a query: the held tab, no words and page 1 are left out. */
export function commentsHref(query: Partial<CommentsQuery>): string {
  const search = new URLSearchParams();
  if (query.status && query.status !== 'held') search.set('status', query.status);
  if (query.q) search.set('q', query.q);
  if (query.page && query.page > 1) search.set('page', String(query.page));
  const text = search.toString();
  return text ? `/admin/comments?${text}` : '/admin/comments';
}

function Tabs(props: { query: CommentsQuery; counts: Record<CommentTab, number> }) {
  const i18n = useAdminI18n();
  return (
    <nav aria-label={i18n.t('admin.comments.tabs')} class="status-filter">
      <ul>
        {TABS.map((tab) => (
          <li>
            <a
              href={commentsHref({ status: tab, q: props.query.q })}
              aria-current={tab === props.query.status ? 'page' : undefined}
            >
              {i18n.t(`admin.comments.tab.${tab}`, { count: props.counts[tab] })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SearchForm({ query }: { query: CommentsQuery }) {
  const i18n = useAdminI18n();
  return (
    <form
      method="get"
      action="/admin/comments"
      class="desk-filters"
      role="search"
      aria-label={i18n.t('admin.comments.find')}
    >
      <TextField
        formId="comments"
        name="q"
        type="search"
        label={i18n.t('admin.comments.words')}
        hint={i18n.t('admin.comments.words.hint')}
        value={query.q ?? ''}
        maxLength={200}
      />
      {query.status !== 'held' && <input type="hidden" name="status" value={query.status} />}
      <div class="actions">
        <button type="submit">{i18n.t('admin.comments.submitFind')}</button>
        {query.q && (
          <a href={commentsHref({ status: query.status })}>{i18n.t('admin.comments.clear')}</a>
        )}
      </div>
    </form>
  );
}

function Pager({ query, pagination }: { query: CommentsQuery; pagination: Pagination }) {
  const i18n = useAdminI18n();
  const { page, pageCount } = pagination;
  if (pageCount <= 1) return null;
  return (
    <AdminPager
      label={i18n.t('admin.comments.pages')}
      back={
        page > 1
          ? {
              href: commentsHref({ ...query, page: Math.min(page, pageCount + 1) - 1 }),
              text: i18n.t('admin.comments.previous'),
              rel: 'prev',
            }
          : undefined
      }
      current={i18n.t('admin.comments.pageOf', { page, pageCount })}
      forward={
        page < pageCount
          ? {
              href: commentsHref({ ...query, page: page + 1 }),
              text: i18n.t('admin.comments.next'),
              rel: 'next',
            }
          : undefined
      }
    />
  );
}

function statusWords(status: CommentRow['status'], i18n: Translator): string {
  return i18n.t(`admin.comments.status.${status}`);
}

/**
 * A row's decisions: buttons of the list's one form, each sent to its own address
 * (`formaction`), so they work without JavaScript and without a form inside a form.
 */
function Decisions({ comment, tab }: { comment: CommentRow; tab: CommentTab }) {
  const i18n = useAdminI18n();
  return (
    <div class="comment-decisions">
      {DECISIONS[tab].map((decision) => (
        <button
          type="submit"
          formaction={`/admin/comments/${comment.id}/${decision}`}
          class={decision === 'delete' ? 'danger' : undefined}
          aria-label={i18n.t(`admin.comments.decisionOf.${decision}`, {
            name: comment.authorName,
          })}
        >
          {i18n.t(`admin.comments.decision.${decision}`)}
        </button>
      ))}
    </div>
  );
}

function CommentsTable(props: { comments: CommentRow[]; tab: CommentTab }) {
  const i18n = useAdminI18n();
  return (
    <DataTable id="comments" caption={i18n.t('admin.comments.caption')}>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">{i18n.t('admin.comments.column.choose')}</span>
          </th>
          <th scope="col">{i18n.t('admin.comments.column.comment')}</th>
          <th scope="col">{i18n.t('admin.comments.column.item')}</th>
          <th scope="col">{i18n.t('admin.comments.column.written')}</th>
          <th scope="col">{i18n.t('admin.comments.column.decide')}</th>
        </tr>
      </thead>
      <tbody>
        {props.comments.map((comment) => (
          <tr>
            <td class="choose">
              <input
                type="checkbox"
                name="ids"
                value={comment.id}
                id={`choose-${comment.id}`}
                aria-label={i18n.t('admin.comments.choose', { name: comment.authorName })}
              />
            </td>
            <td class="comment-text">
              <p>
                <strong>{comment.authorName}</strong>
                {comment.authorEmail && <> &lt;{comment.authorEmail}&gt;</>}
                {comment.isReply && <> · {i18n.t('admin.comments.isReply')}</>}
                {comment.status !== props.tab && <> · {statusWords(comment.status, i18n)}</>}
              </p>
              <p>{comment.text}</p>
            </td>
            <td>
              <a href={`/admin/items/${comment.item.id}`}>{comment.item.title}</a>
              {comment.item.publicPath && (
                <>
                  {' '}
                  (<a href={comment.item.publicPath}>{i18n.t('admin.comments.onSite')}</a>)
                </>
              )}
            </td>
            <td>
              <AdminTime value={comment.createdAt} />
            </td>
            <td>
              <Decisions comment={comment} tab={props.tab} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function EmptyList({ query, pagination }: { query: CommentsQuery; pagination: Pagination }) {
  const i18n = useAdminI18n();
  if (pagination.total > 0) {
    return (
      <p>
        {messageParts(i18n, 'admin.comments.noSuchPage', {
          page: query.page,
          link: (
            <a href={commentsHref({ ...query, page: 1 })}>{i18n.t('admin.comments.firstPage')}</a>
          ),
        })}
      </p>
    );
  }
  return (
    <p>{i18n.t(query.q ? 'admin.comments.noMatches' : `admin.comments.empty.${query.status}`)}</p>
  );
}

/**
 * Comments to moderate: a tab per status with its count, found by words, a page at a time;
 * each decided by its own buttons, or several at once by their checkboxes.
 */
export function CommentsPage(props: {
  chrome: AdminChrome;
  query: CommentsQuery;
  counts: Record<CommentTab, number>;
  comments: CommentRow[];
  pagination: Pagination;
  notice?: string;
}) {
  const { chrome, query, pagination } = props;
  const { i18n } = chrome;
  return (
    <AdminLayout chrome={chrome} title={i18n.t('admin.comments.title')}>
      <Notice>{props.notice}</Notice>
      <Tabs query={query} counts={props.counts} />
      <SearchForm query={query} />
      {props.comments.length === 0 ? (
        <EmptyList query={query} pagination={pagination} />
      ) : (
        <form method="post" action="/admin/comments/bulk" class="desk-bulk">
          <CsrfField token={chrome.csrfToken} />
          <input type="hidden" name="back" value={commentsHref(query)} />
          <div class="bulk-bar">
            <label for="bulk-decision">{i18n.t('admin.comments.bulkDecision')}</label>
            <select id="bulk-decision" name="action">
              {DECISIONS[query.status].map((decision) => (
                <option value={decision}>{i18n.t(`admin.comments.bulk.${decision}`)}</option>
              ))}
            </select>
            <button type="submit">{i18n.t('admin.comments.apply')}</button>
          </div>
          <CommentsTable comments={props.comments} tab={query.status} />
        </form>
      )}
      <Pager query={query} pagination={pagination} />
    </AdminLayout>
  );
}
