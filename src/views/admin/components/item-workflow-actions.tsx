import type { ItemAction } from '../../../domain/auth/permissions.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { zoneWordingIn } from './admin-time.tsx';
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
export function workflowFieldLabels(i18n: Translator): Record<string, string> {
  return {
    publishedAt: i18n.t('admin.edit.field.publishedAt'),
    note: i18n.t('admin.workflow.note'),
  };
}

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
  approveLabel,
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
  const i18n = useAdminI18n();
  const action = (name: WorkflowAction) => `/admin/items/${itemId}/${name}`;
  const sendBackFailure = failure?.action === 'send-back' ? failure : undefined;
  const hasAny = allowed.submit || allowed.approve || allowed['send-back'] || allowed.unpublish;
  return (
    <section aria-labelledby="workflow-heading" class="workflow">
      <h2 id="workflow-heading">{i18n.t('admin.workflow.heading')}</h2>
      {hasAny ? (
        <p class="hint">{i18n.t('admin.workflow.savesFirst')}</p>
      ) : (
        <p class="hint">{i18n.t('admin.workflow.nothingToDo')}</p>
      )}
      {allowed.submit && (
        <div class="workflow-step">
          <p class="hint">{i18n.t('admin.workflow.submit.hint')}</p>
          <button type="submit" formaction={action('submit')}>
            {i18n.t('admin.workflow.submit')}
          </button>
        </div>
      )}
      {allowed.approve && (
        <div class="workflow-step">
          <p class="hint">{i18n.t('admin.workflow.approve.hint')}</p>
          <button
            type="submit"
            formaction={action('approve')}
            data-approve-button=""
            data-time-zone={timeZone}
            data-zone-wording={timeZone && zoneWordingIn(timeZone, i18n)}
          >
            {approveLabel ?? i18n.t('admin.workflow.approve')}
          </button>
        </div>
      )}
      {allowed['send-back'] && (
        <div class="workflow-step">
          <TextAreaField
            formId={formId}
            name="note"
            label={i18n.t('admin.workflow.note')}
            hint={i18n.t('admin.workflow.note.hint')}
            rows={4}
            value={sendBackFailure?.values.note ?? ''}
            error={sendBackFailure?.errors.note}
          />
          <button type="submit" class="secondary" formaction={action('send-back')}>
            {i18n.t('admin.workflow.sendBack')}
          </button>
        </div>
      )}
      {allowed.unpublish && (
        <div class="workflow-step">
          <button type="submit" class="danger" formaction={action('unpublish')}>
            {i18n.t('admin.workflow.unpublish')}
          </button>
        </div>
      )}
    </section>
  );
}
