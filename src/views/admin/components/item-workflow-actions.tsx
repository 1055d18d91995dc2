import { zoneWording } from '../../../lib/zoned-time.ts';
import type { ItemAction } from '../../../domain/auth/permissions.ts';
import { type FieldErrors, TextAreaField } from './form-fields.tsx';

export type WorkflowAction = 'submit' | 'approve' | 'send-back' | 'unpublish';

/** A workflow step the server refused, to show again with its message and values. */
export interface WorkflowFailure {
  action: WorkflowAction;
  message: string;
  errors: FieldErrors;
  values: Record<string, string>;
}

/** Labels of the steps' own fields, for the error summary. */
export const workflowFieldLabels: Record<string, string> = {
  publishedAt: 'Publish date',
  note: 'Note for the author',
};

/**
 * The workflow buttons this user may use on this item. They are submit buttons of the edit
 * form (`formaction` picks the step), so a step always carries what is in the form: the
 * server saves it and takes the step in one transaction, and unsaved edits are never thrown
 * away. Which ones show is the server's `allowed` answer; it checks again when one arrives.
 */
export function ItemWorkflowActions({
  itemId,
  formId,
  allowed,
  failure,
  approveLabel = 'Approve and publish',
  timeZone,
}: {
  itemId: string;
  /** The id prefix of the edit form's fields (the note joins them). */
  formId: string;
  allowed: Record<ItemAction, boolean>;
  failure?: WorkflowFailure;
  /** What approving will do, in words ("Schedule for 12 Feb 2021, 08:30 Kathmandu time"). */
  approveLabel?: string;
  /** The editor's zone, for the script that rewords the button as the date changes. */
  timeZone?: string;
}) {
  const action = (name: WorkflowAction) => `/admin/items/${itemId}/${name}`;
  const sendBackFailure = failure?.action === 'send-back' ? failure : undefined;
  const hasAny = allowed.submit || allowed.approve || allowed['send-back'] || allowed.unpublish;
  return (
    <section aria-labelledby="workflow-heading" class="workflow">
      <h2 id="workflow-heading">Workflow</h2>
      {hasAny ? (
        <p class="hint">Each button saves your changes to the form first.</p>
      ) : (
        <p class="hint">There is nothing for you to do with this item now.</p>
      )}
      {allowed.submit && (
        <div class="workflow-step">
          <p class="hint">Editors of the item’s countries will review it.</p>
          <button type="submit" formaction={action('submit')}>
            Submit for review
          </button>
        </div>
      )}
      {allowed.approve && (
        <div class="workflow-step">
          <p class="hint">
            Publishes now, or at the publish date above if it is set; a future date schedules it.
          </p>
          <button
            type="submit"
            formaction={action('approve')}
            data-approve-button=""
            data-time-zone={timeZone}
            data-zone-wording={timeZone && zoneWording(timeZone)}
          >
            {approveLabel}
          </button>
        </div>
      )}
      {allowed['send-back'] && (
        <div class="workflow-step">
          <TextAreaField
            formId={formId}
            name="note"
            label="Note for the author"
            hint="Required to send it back: say what to change. The author gets it by email and on this page."
            rows={4}
            value={sendBackFailure?.values.note ?? ''}
            error={sendBackFailure?.errors.note}
          />
          <button type="submit" class="secondary" formaction={action('send-back')}>
            Send back to the author
          </button>
        </div>
      )}
      {allowed.unpublish && (
        <div class="workflow-step">
          <button type="submit" class="danger" formaction={action('unpublish')}>
            Unpublish
          </button>
        </div>
      )}
    </section>
  );
}
