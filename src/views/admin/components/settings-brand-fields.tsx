import { type AccentPair } from '../../../domain/settings/accent-colours.ts';
import { SOCIAL_NETWORKS } from '../../../domain/settings/social-links.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type FieldErrors, TextAreaField, TextField } from './form-fields.tsx';

/**
 * The brand's fields of the settings form: the accent of each mode, the footer's text and the
 * addresses to follow the network at.
 */

/** A colour shown as a square (SVG paint is no inline style, so the CSP allows it). */
function Swatch({ colour }: { colour: string }) {
  return (
    <svg class="swatch" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      <rect width="20" height="20" rx="3" fill={colour} stroke="currentColor" stroke-width="1" />
    </svg>
  );
}

export function BrandFields(props: {
  formId: string;
  value: (name: string) => string;
  errors: FieldErrors;
  /** The accents readers see now (the dark one chosen when the field is empty). */
  accents: AccentPair;
  defaultAccent: string;
}) {
  const { t } = useAdminI18n();
  const { formId, value, errors, accents } = props;
  return (
    <fieldset>
      <legend>{t('settings.section.brand')}</legend>
      <TextField
        formId={formId}
        name="accentColour"
        label={t('settings.field.accentColour')}
        hint={t('settings.field.accentColour.hint', { colour: props.defaultAccent })}
        value={value('accentColour')}
        maxLength={20}
        error={errors.accentColour}
      />
      <TextField
        formId={formId}
        name="darkAccentColour"
        label={t('settings.field.darkAccentColour')}
        hint={t('settings.field.darkAccentColour.hint')}
        value={value('darkAccentColour')}
        maxLength={20}
        error={errors.darkAccentColour}
      />
      <p class="accent-preview">
        <Swatch colour={accents.light} /> <Swatch colour={accents.dark} />{' '}
        {t('settings.accentPreview', { light: accents.light, dark: accents.dark })}
      </p>
      <TextAreaField
        formId={formId}
        name="footerText"
        label={t('settings.field.footerText')}
        hint={t('settings.field.footerText.hint', { note: t('site.footerNote') })}
        value={value('footerText')}
        rows={3}
        maxLength={1000}
        error={errors.footerText}
      />
    </fieldset>
  );
}

export function SocialLinkFields(props: {
  formId: string;
  value: (name: string) => string;
  errors: FieldErrors;
}) {
  const { t } = useAdminI18n();
  const hintId = `${props.formId}-social-hint`;
  return (
    <fieldset aria-describedby={hintId}>
      <legend>{t('settings.section.social')}</legend>
      <p class="hint" id={hintId}>
        {t('settings.section.social.hint')}
      </p>
      {SOCIAL_NETWORKS.map((network) => (
        <TextField
          formId={props.formId}
          name={`socialLinks.${network}`}
          idName={`socialLinks-${network}`}
          type="url"
          label={t(`settings.social.${network}`)}
          value={props.value(`socialLinks.${network}`)}
          maxLength={500}
          error={props.errors[`socialLinks.${network}`]}
        />
      ))}
    </fieldset>
  );
}
