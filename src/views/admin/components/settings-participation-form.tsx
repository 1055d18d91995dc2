import type { ParticipationSettings } from '../../../domain/settings/participation-settings.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';
import { type FieldErrors, TextField, fieldMessage } from './form-fields.tsx';

/**
 * The settings page's "Taking part" section: how long registrations and signatures are kept,
 * what erasing a signer leaves, and where readers ask about their data. Its own form
 * (`POST /admin/settings/participation`), as the comments' section is.
 */

/** The form as sent: the checkbox `yes` or empty, the rest as typed. */
export interface ParticipationSettingsValues {
  registrationRetentionDays: string;
  unconfirmedRetentionDays: string;
  anonymiseErasedSignatures: string;
  privacyContact: string;
}

/** The stored settings as the form shows them. */
export function participationSettingsValues(
  settings: ParticipationSettings,
): ParticipationSettingsValues {
  return {
    registrationRetentionDays: String(settings.registrationRetentionDays),
    unconfirmedRetentionDays: String(settings.unconfirmedRetentionDays),
    anonymiseErasedSignatures: settings.anonymiseErasedSignatures ? 'yes' : '',
    privacyContact: settings.privacyContact,
  };
}

/** Each field's label, for the page's error summary. */
export function participationSettingsLabels(t: Translator['t']): Record<string, string> {
  return {
    registrationRetentionDays: t('settings.participation.registrationRetentionDays'),
    unconfirmedRetentionDays: t('settings.participation.unconfirmedRetentionDays'),
    anonymiseErasedSignatures: t('settings.participation.anonymiseErasedSignatures'),
    privacyContact: t('settings.participation.privacyContact'),
  };
}

export function SettingsParticipationForm(props: {
  /** The page's form id: the error summary links to `#<formId>-<field>`. */
  formId: string;
  csrfToken: string;
  values: ParticipationSettingsValues;
  errors: FieldErrors;
}) {
  const { t } = useAdminI18n();
  const { formId, values, errors } = props;
  const checkboxId = `${formId}-anonymiseErasedSignatures`;
  const checkboxLabel = t('settings.participation.anonymiseErasedSignatures');
  return (
    <section class="settings-participation" aria-labelledby={`${formId}-participation-title`}>
      <h2 id={`${formId}-participation-title`}>{t('settings.participation.title')}</h2>
      <p>{t('settings.participation.intro')}</p>
      <form method="post" action="/admin/settings/participation">
        <CsrfField token={props.csrfToken} />
        <TextField
          formId={formId}
          name="registrationRetentionDays"
          type="number"
          step="1"
          required
          label={t('settings.participation.registrationRetentionDays')}
          hint={t('settings.participation.registrationRetentionDays.hint')}
          value={values.registrationRetentionDays}
          error={errors.registrationRetentionDays}
        />
        <TextField
          formId={formId}
          name="unconfirmedRetentionDays"
          type="number"
          step="1"
          required
          label={t('settings.participation.unconfirmedRetentionDays')}
          hint={t('settings.participation.unconfirmedRetentionDays.hint')}
          value={values.unconfirmedRetentionDays}
          error={errors.unconfirmedRetentionDays}
        />
        <div class="field">
          <label class="choice" for={checkboxId}>
            <input
              id={checkboxId}
              type="checkbox"
              name="anonymiseErasedSignatures"
              value="yes"
              checked={values.anonymiseErasedSignatures === 'yes'}
              aria-describedby={`${checkboxId}-hint`}
            />{' '}
            {checkboxLabel}
          </label>
          <p class="hint" id={`${checkboxId}-hint`}>
            {t('settings.participation.anonymiseErasedSignatures.hint')}
          </p>
          {errors.anonymiseErasedSignatures && (
            <p class="field-error">
              {fieldMessage(checkboxLabel, errors.anonymiseErasedSignatures)}
            </p>
          )}
        </div>
        <TextField
          formId={formId}
          name="privacyContact"
          type="email"
          maxLength={320}
          autocomplete="off"
          label={t('settings.participation.privacyContact')}
          hint={t('settings.participation.privacyContact.hint')}
          value={values.privacyContact}
          error={errors.privacyContact}
        />
        <div class="actions">
          <button type="submit">{t('settings.participation.save')}</button>
        </div>
      </form>
    </section>
  );
}
