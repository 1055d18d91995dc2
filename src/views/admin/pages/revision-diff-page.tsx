import type { DiffPart, RevisionDiff } from '../../../domain/editorial/revision-service.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';
import { AdminTime } from '../components/admin-time.tsx';

function DiffText({ parts }: { parts: DiffPart[] }) {
  const i18n = useAdminI18n();
  if (parts.every((part) => part.change === 'same')) {
    return <p class="hint">{i18n.t('admin.diff.noChange')}</p>;
  }
  return (
    <div class="diff">
      {parts.map((part) =>
        part.change === 'added' ? (
          <ins>{part.text}</ins>
        ) : part.change === 'removed' ? (
          <del>{part.text}</del>
        ) : (
          <span>{part.text}</span>
        ),
      )}
    </div>
  );
}

/** What changed between two revisions of an item, word by word. */
export function RevisionDiffPage({
  chrome,
  itemId,
  diff,
}: {
  chrome: AdminChrome;
  itemId: string;
  diff: RevisionDiff;
}) {
  const { from, to } = diff;
  const { i18n } = chrome;
  const unknown = i18n.t('admin.diff.unknownAuthor');
  return (
    <AdminLayout
      chrome={chrome}
      title={i18n.t('admin.diff.title', { from: from.number, to: to.number })}
    >
      <p>
        <a href={`/admin/items/${itemId}`}>{i18n.t('admin.diff.backToItem')}</a>
      </p>
      <dl class="diff-revisions">
        <dt>{i18n.t('admin.diff.from', { number: from.number })}</dt>
        <dd>
          {from.summary} · {from.authorName ?? unknown} · <AdminTime value={from.createdAt} />
        </dd>
        <dt>{i18n.t('admin.diff.to', { number: to.number })}</dt>
        <dd>
          {to.summary} · {to.authorName ?? unknown} · <AdminTime value={to.createdAt} />
        </dd>
      </dl>
      <p class="hint">{i18n.t('admin.diff.hint')}</p>
      <h2>{i18n.t('admin.diff.title.heading')}</h2>
      <DiffText parts={diff.title} />
      <h2>{i18n.t('admin.diff.excerpt.heading')}</h2>
      <DiffText parts={diff.excerpt} />
      <h2>{i18n.t('admin.diff.body.heading')}</h2>
      <DiffText parts={diff.body} />
    </AdminLayout>
  );
}
