import type { DiffPart, RevisionDiff } from '../../../domain/editorial/revision-service.ts';
import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';
import { AdminTime } from '../components/admin-time.tsx';

function DiffText({ parts }: { parts: DiffPart[] }) {
  if (parts.every((part) => part.change === 'same')) {
    return <p class="hint">No change.</p>;
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
  return (
    <AdminLayout chrome={chrome} title={`Revision ${from.number} compared with ${to.number}`}>
      <p>
        <a href={`/admin/items/${itemId}`}>Back to the item</a>
      </p>
      <dl class="diff-revisions">
        <dt>From revision {from.number}</dt>
        <dd>
          {from.summary} · {from.authorName ?? 'unknown'} · <AdminTime value={from.createdAt} />
        </dd>
        <dt>To revision {to.number}</dt>
        <dd>
          {to.summary} · {to.authorName ?? 'unknown'} · <AdminTime value={to.createdAt} />
        </dd>
      </dl>
      <p class="hint">
        Added words are marked as insertions, removed words as deletions (screen readers announce
        them).
      </p>
      <h2>Title</h2>
      <DiffText parts={diff.title} />
      <h2>Excerpt</h2>
      <DiffText parts={diff.excerpt} />
      <h2>Body</h2>
      <DiffText parts={diff.body} />
    </AdminLayout>
  );
}
