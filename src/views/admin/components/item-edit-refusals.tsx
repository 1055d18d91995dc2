import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';
import { ErrorSummary, type FieldErrors } from './form-fields.tsx';

/** The error summary's element id: the page script focuses it, links may point at it. */
export const ERROR_SUMMARY_ID = 'error-summary';

/**
 * A refusal at the top of the page, where the editor is looking (GOV.UK's error summary): a
 * heading, the message and a link to each field at fault. It is focused on load
 * (admin-error-summary.js), so a screen reader reads it and the page scrolls to it.
 */
export function PageErrorSummary(props: {
  formId: string;
  message: string;
  errors: FieldErrors;
  labels: Record<string, string>;
}) {
  const i18n = useAdminI18n();
  return (
    <div
      id={ERROR_SUMMARY_ID}
      class="error-summary"
      tabindex={-1}
      aria-labelledby={`${ERROR_SUMMARY_ID}-title`}
      data-error-summary=""
    >
      <h2 id={`${ERROR_SUMMARY_ID}-title`}>{i18n.t('admin.refusals.heading')}</h2>
      <ErrorSummary {...props} />
    </div>
  );
}

/** An edit refused because someone else saved first, and its text as it was sent. */
export interface EditConflict {
  /** The revision that keeps the refused text. */
  keptRevision: number;
  title: string;
  excerpt: string;
  html: string;
}

/**
 * The refused text beside the current one: the form below shows the item as it now stands
 * (their save), this shows what the editor wrote, to copy from or to restore whole.
 */
export function EditConflictPanel(props: {
  itemId: string;
  csrfToken: string;
  conflict: EditConflict;
}) {
  const { itemId, conflict } = props;
  const i18n = useAdminI18n();
  const diffPath = `/admin/items/${itemId}/diff?from=${conflict.keptRevision - 1}&to=${conflict.keptRevision}`;
  return (
    <section aria-labelledby="your-text-heading" class="edit-conflict">
      <h2 id="your-text-heading">{i18n.t('admin.refusals.yourText')}</h2>
      <p class="hint">
        {messageParts(i18n, 'admin.refusals.yourText.hint', {
          number: conflict.keptRevision,
          compare: <a href={diffPath}>{i18n.t('admin.refusals.compare')}</a>,
        })}
      </p>
      <div class="field">
        <label for="your-title">{i18n.t('admin.refusals.yourTitle')}</label>
        <input id="your-title" value={conflict.title} readOnly />
      </div>
      {conflict.excerpt && (
        <div class="field">
          <label for="your-excerpt">{i18n.t('admin.refusals.yourExcerpt')}</label>
          <textarea id="your-excerpt" rows={3} readOnly>
            {conflict.excerpt}
          </textarea>
        </div>
      )}
      <div class="field">
        <label for="your-body">{i18n.t('admin.refusals.yourBody')}</label>
        <textarea id="your-body" rows={10} readOnly data-your-text="">
          {conflict.html}
        </textarea>
      </div>
      <form method="post" action={`/admin/items/${itemId}/restore`}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="revision" value={String(conflict.keptRevision)} />
        <button type="submit" class="secondary">
          {i18n.t('admin.refusals.restoreYours', { number: conflict.keptRevision })}
        </button>
      </form>
    </section>
  );
}
