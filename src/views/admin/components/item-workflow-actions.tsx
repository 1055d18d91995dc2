import type { ItemAction } from '../../../domain/auth/permissions.ts';
import { CsrfField } from '../admin-layout.tsx';
import { ErrorSummary, type FieldErrors, TextAreaField, TextField } from './form-fields.tsx';

export type WorkflowAction = 'submit' | 'approve' | 'send-back' | 'unpublish';

/** A workflow form the server refused, to show again with its message and values. */
export interface WorkflowFailure {
  action: WorkflowAction;
  message: string;
  errors: FieldErrors;
  values: Record<string, string>;
}

function failureFor(failure: WorkflowFailure | undefined, action: WorkflowAction) {
  return failure?.action === action ? failure : undefined;
}

function Refusal({ failure, formId }: { failure?: WorkflowFailure; formId: string }) {
  if (!failure) return null;
  return (
    <ErrorSummary
      formId={formId}
      message={failure.message}
      errors={failure.errors}
      labels={{ publishedAt: 'Publish at', note: 'Note for the author' }}
    />
  );
}

/**
 * The workflow buttons this user may use on this item, each its own small form. Which ones
 * show is the server's `allowed` answer; the server checks again when a form arrives.
 */
export function ItemWorkflowActions({
  itemId,
  csrfToken,
  allowed,
  failure,
}: {
  itemId: string;
  csrfToken: string;
  allowed: Record<ItemAction, boolean>;
  failure?: WorkflowFailure;
}) {
  const action = (name: WorkflowAction) => `/admin/items/${itemId}/${name}`;
  const approveFailure = failureFor(failure, 'approve');
  const sendBackFailure = failureFor(failure, 'send-back');
  const hasAny = allowed.submit || allowed.approve || allowed['send-back'] || allowed.unpublish;
  return (
    <section aria-labelledby="workflow-heading" class="workflow">
      <h2 id="workflow-heading">Workflow</h2>
      {!hasAny && <p class="hint">There is nothing for you to do with this item now.</p>}
      {allowed.submit && (
        <form method="post" action={action('submit')}>
          <CsrfField token={csrfToken} />
          <Refusal failure={failureFor(failure, 'submit')} formId="submit" />
          <p class="hint">Editors of the item’s countries will review it.</p>
          <button type="submit">Submit for review</button>
        </form>
      )}
      {allowed.approve && (
        <form method="post" action={action('approve')}>
          <CsrfField token={csrfToken} />
          <Refusal failure={approveFailure} formId="approve" />
          <TextField
            formId="approve"
            name="publishedAt"
            type="datetime-local"
            label="Publish at (optional)"
            hint="In UTC. Leave empty to publish now, or at the item’s publish date if it has one; a future time schedules it."
            value={approveFailure?.values.publishedAt ?? ''}
            error={approveFailure?.errors.publishedAt}
          />
          <button type="submit">Approve and publish</button>
        </form>
      )}
      {allowed['send-back'] && (
        <form method="post" action={action('send-back')}>
          <CsrfField token={csrfToken} />
          <Refusal failure={sendBackFailure} formId="send-back" />
          <TextAreaField
            formId="send-back"
            name="note"
            label="Note for the author"
            hint="Required: say what to change. The author gets it by email and on this page."
            rows={4}
            value={sendBackFailure?.values.note ?? ''}
            error={sendBackFailure?.errors.note}
          />
          <button type="submit" class="secondary">
            Send back to the author
          </button>
        </form>
      )}
      {allowed.unpublish && (
        <form method="post" action={action('unpublish')}>
          <CsrfField token={csrfToken} />
          <Refusal failure={failureFor(failure, 'unpublish')} formId="unpublish" />
          <button type="submit" class="danger">
            Unpublish
          </button>
        </form>
      )}
    </section>
  );
}
