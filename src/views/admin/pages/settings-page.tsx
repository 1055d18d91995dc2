import { type AccentPair, DEFAULT_ACCENT } from '../../../domain/settings/accent-colours.ts';
import { SOCIAL_NETWORKS } from '../../../domain/settings/social-links.ts';
import type { SiteSettings } from '../../../domain/settings/settings-service.ts';
import type { MessageKey } from '../../../lib/i18n/catalogues.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { type FieldErrors, Notice, TextAreaField, TextField } from '../components/form-fields.tsx';
import { PageErrorSummary } from '../components/item-edit-refusals.tsx';
import { BrandFields, SocialLinkFields } from '../components/settings-brand-fields.tsx';
import { SettingsLogoForm } from '../components/settings-logo-form.tsx';
import type { DialogueSettings } from '../../../domain/settings/dialogue-settings.ts';
import {
  type CommentSettingsValues,
  SettingsCommentsForm,
  commentSettingsLabels,
  commentSettingsValues,
} from '../components/settings-comments-form.tsx';
import type { ParticipationSettings } from '../../../domain/settings/participation-settings.ts';
import {
  type ParticipationSettingsValues,
  SettingsParticipationForm,
  participationSettingsLabels,
  participationSettingsValues,
} from '../components/settings-participation-form.tsx';

/** A refused form, as it was sent: the settings form or the logo's. */
export interface SettingsFormState {
  form: 'settings' | 'logo' | 'comments' | 'participation';
  values: Record<string, string>;
  errors: FieldErrors;
}

const FORM_ID = 'settings';

interface PlainField {
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  isMultiline?: boolean;
  isRequired?: boolean;
}

const siteFields: PlainField[] = [
  {
    name: 'title',
    label: 'settings.field.title',
    hint: 'settings.field.title.hint',
    isRequired: true,
  },
  { name: 'tagline', label: 'settings.field.tagline' },
  { name: 'aboutSummary', label: 'settings.field.aboutSummary', isMultiline: true },
  { name: 'aboutHtml', label: 'settings.field.aboutHtml', isMultiline: true },
];

const moreFields: PlainField[] = [
  { name: 'locale', label: 'settings.field.locale', isRequired: true },
  { name: 'iatiOrganisationId', label: 'settings.field.iatiOrganisationId' },
  { name: 'trashRetentionDays', label: 'settings.field.trashRetentionDays', isRequired: true },
];

/** Each field's label, for the error summary's sentences and links. */
function fieldLabels({ t }: Translator): Record<string, string> {
  return Object.fromEntries([
    ...[...siteFields, ...moreFields].map((field) => [field.name, t(field.label)]),
    ['accentColour', t('settings.field.accentColour')],
    ['darkAccentColour', t('settings.field.darkAccentColour')],
    ['footerText', t('settings.field.footerText')],
    ['logo', t('settings.logo.file')],
    ...Object.entries(commentSettingsLabels(t)),
    ...Object.entries(participationSettingsLabels(t)),
    ...SOCIAL_NETWORKS.map((network) => [
      `socialLinks.${network}`,
      t(`settings.social.${network}`),
    ]),
  ]);
}

/** What a field holds as stored, for the form. */
function storedValue(settings: SiteSettings, name: string): string {
  if (name.startsWith('socialLinks.')) {
    return settings.socialLinks[name.slice(12) as keyof SiteSettings['socialLinks']] ?? '';
  }
  const value = settings[name as keyof SiteSettings];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function PlainFields(props: {
  fields: PlainField[];
  value: (name: string) => string;
  errors: FieldErrors;
}) {
  const { t } = useAdminI18n();
  return (
    <>
      {props.fields.map((field) => {
        const common = {
          formId: FORM_ID,
          name: field.name,
          label: t(field.label),
          hint: field.hint ? t(field.hint) : undefined,
          value: props.value(field.name),
          required: field.isRequired,
          error: props.errors[field.name],
        };
        return field.isMultiline ? (
          <TextAreaField {...common} rows={4} />
        ) : (
          <TextField {...common} />
        );
      })}
    </>
  );
}

export function SettingsPage({
  chrome,
  settings,
  dialogue,
  participation,
  accents,
  state,
  notice,
  errorSummaryScript,
}: {
  chrome: AdminChrome;
  settings: SiteSettings;
  /** How the site takes part in dialogue (its "Comments" section). */
  dialogue: DialogueSettings;
  /** How long what readers give when taking part is kept (its "Taking part" section). */
  participation: ParticipationSettings;
  /** The accents readers see now, each mode's. */
  accents: AccentPair;
  state?: SettingsFormState;
  notice?: string;
  /** The script that focuses the error summary (admin-error-summary.js). */
  errorSummaryScript?: string;
}) {
  const errors = state?.errors ?? {};
  const sent = state?.form === 'settings' ? state.values : undefined;
  const value = (name: string) => sent?.[name] ?? storedValue(settings, name);
  const hasErrors = Object.keys(errors).length > 0;
  const { t } = chrome.i18n;
  return (
    <AdminLayout
      chrome={chrome}
      title={t('settings.title')}
      scripts={hasErrors && errorSummaryScript ? [errorSummaryScript] : []}
    >
      {hasErrors && (
        <PageErrorSummary
          formId={FORM_ID}
          message={t('settings.needsAttention')}
          errors={errors}
          labels={fieldLabels(chrome.i18n)}
        />
      )}
      <Notice>{notice}</Notice>
      <form method="post" action="/admin/settings">
        <CsrfField token={chrome.csrfToken} />
        <fieldset>
          <legend>{t('settings.section.site')}</legend>
          <PlainFields fields={siteFields} value={value} errors={errors} />
        </fieldset>
        <BrandFields
          formId={FORM_ID}
          value={value}
          errors={errors}
          accents={accents}
          defaultAccent={DEFAULT_ACCENT}
        />
        <SocialLinkFields formId={FORM_ID} value={value} errors={errors} />
        <fieldset>
          <legend>{t('settings.section.more')}</legend>
          <PlainFields fields={moreFields} value={value} errors={errors} />
        </fieldset>
        <div class="actions">
          <button type="submit">{t('settings.save')}</button>
        </div>
      </form>
      <SettingsLogoForm
        formId={FORM_ID}
        csrfToken={chrome.csrfToken}
        logo={settings.logo}
        siteName={settings.title}
        showsName={state?.form === 'logo' ? state.values.showsName === 'yes' : undefined}
        error={errors.logo}
      />
      <SettingsCommentsForm
        formId={FORM_ID}
        csrfToken={chrome.csrfToken}
        values={
          state?.form === 'comments'
            ? (state.values as CommentSettingsValues)
            : commentSettingsValues(dialogue)
        }
        errors={state?.form === 'comments' ? errors : {}}
      />
      <SettingsParticipationForm
        formId={FORM_ID}
        csrfToken={chrome.csrfToken}
        values={
          state?.form === 'participation'
            ? (state.values as unknown as ParticipationSettingsValues)
            : participationSettingsValues(participation)
        }
        errors={state?.form === 'participation' ? errors : {}}
      />
    </AdminLayout>
  );
}
