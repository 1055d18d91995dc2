import type { DialogueSettings } from '../../../domain/settings/dialogue-settings.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';
import { type FieldErrors, TextAreaField, TextField, fieldMessage } from './form-fields.tsx';

/**
 * The settings page's "Comments" section: its own form (`POST /admin/settings/comments`), so a
 * refused number there never holds back the site's other settings, nor the other way round.
 */

const CHECKBOXES = [
  'commentsOpen',
  'holdAllComments',
  'confirmCommenterEmail',
  'anonymiseErasedComments',
] as const;

export type CommentCheckbox = (typeof CHECKBOXES)[number];

/** The form as sent: checkboxes `yes` or empty, numbers and the word list as typed. */
export type CommentSettingsValues = Record<CommentCheckbox, string> & {
  commentsCloseAfterDays: string;
  commentMaxLinks: string;
  commentWordList: string;
};

/** The stored settings as the form shows them. */
export function commentSettingsValues(settings: DialogueSettings): CommentSettingsValues {
  return {
    commentsOpen: settings.commentsOpen ? 'yes' : '',
    holdAllComments: settings.holdAllComments ? 'yes' : '',
    confirmCommenterEmail: settings.confirmCommenterEmail ? 'yes' : '',
    anonymiseErasedComments: settings.anonymiseErasedComments ? 'yes' : '',
    commentsCloseAfterDays: String(settings.commentsCloseAfterDays),
    commentMaxLinks: String(settings.commentMaxLinks),
    commentWordList: settings.commentWordList.join('\n'),
  };
}

/** Each field's label, for the page's error summary. */
export function commentSettingsLabels(t: Translator['t']): Record<string, string> {
  return {
    commentsCloseAfterDays: t('admin.comments.settings.closeAfterDays'),
    commentMaxLinks: t('admin.comments.settings.maxLinks'),
    commentWordList: t('admin.comments.settings.wordList'),
  };
}

function Checkbox(props: {
  formId: string;
  name: CommentCheckbox;
  values: CommentSettingsValues;
  error?: string;
}) {
  const { t } = useAdminI18n();
  const id = `${props.formId}-${props.name}`;
  const label = t(`admin.comments.settings.${props.name}`);
  return (
    <div class="field">
      <label class="choice" for={id}>
        <input
          id={id}
          type="checkbox"
          name={props.name}
          value="yes"
          checked={props.values[props.name] === 'yes'}
          aria-describedby={`${id}-hint`}
        />{' '}
        {label}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {t(`admin.comments.settings.${props.name}.hint`)}
      </p>
      {props.error && <p class="field-error">{fieldMessage(label, props.error)}</p>}
    </div>
  );
}

export function SettingsCommentsForm(props: {
  /** The page's form id: the error summary links to `#<formId>-<field>`. */
  formId: string;
  csrfToken: string;
  values: CommentSettingsValues;
  errors: FieldErrors;
}) {
  const { t } = useAdminI18n();
  const { formId, values, errors } = props;
  return (
    <section class="settings-comments" aria-labelledby={`${formId}-comments-title`}>
      <h2 id={`${formId}-comments-title`}>{t('admin.comments.settings.title')}</h2>
      <form method="post" action="/admin/settings/comments">
        <CsrfField token={props.csrfToken} />
        <Checkbox formId={formId} name="commentsOpen" values={values} />
        <TextField
          formId={formId}
          name="commentsCloseAfterDays"
          type="number"
          step="1"
          required
          label={t('admin.comments.settings.closeAfterDays')}
          hint={t('admin.comments.settings.closeAfterDays.hint')}
          value={values.commentsCloseAfterDays}
          error={errors.commentsCloseAfterDays}
        />
        <Checkbox formId={formId} name="holdAllComments" values={values} />
        <Checkbox formId={formId} name="confirmCommenterEmail" values={values} />
        <TextField
          formId={formId}
          name="commentMaxLinks"
          type="number"
          step="1"
          required
          label={t('admin.comments.settings.maxLinks')}
          hint={t('admin.comments.settings.maxLinks.hint')}
          value={values.commentMaxLinks}
          error={errors.commentMaxLinks}
        />
        <TextAreaField
          formId={formId}
          name="commentWordList"
          rows={6}
          label={t('admin.comments.settings.wordList')}
          hint={t('admin.comments.settings.wordList.hint')}
          value={values.commentWordList}
          error={errors.commentWordList}
        />
        <Checkbox formId={formId} name="anonymiseErasedComments" values={values} />
        <div class="actions">
          <button type="submit">{t('admin.comments.settings.save')}</button>
        </div>
      </form>
    </section>
  );
}

export { CHECKBOXES as COMMENT_SETTING_CHECKBOXES };
