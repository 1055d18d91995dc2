import { type SiteLogo, logoUrl } from '../../../domain/settings/settings-service.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';
import { fieldMessage } from './form-fields.tsx';

/**
 * The logo's own forms: an upload (multipart, so it is not part of the settings form, whose
 * text it would otherwise have to carry) and, when there is a logo, its removal.
 */

export function SettingsLogoForm(props: {
  formId: string;
  csrfToken: string;
  logo: SiteLogo | null;
  siteName: string;
  /** Whether the upload form was sent ticked, when it comes back refused. */
  showsName?: boolean;
  error?: string;
}) {
  const { t } = useAdminI18n();
  const { formId, logo, error } = props;
  const id = `${formId}-logo`;
  const single = logo?.renditions[0];
  const showsName = props.showsName ?? logo?.showsName ?? false;
  return (
    <section class="settings-logo" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.section.logo')}</h2>
      {single ? (
        <figure>
          <figcaption>{t('settings.logo.current')}</figcaption>
          <img
            src={logoUrl(single.name)}
            width={single.width}
            height={single.height}
            alt={props.siteName}
          />
        </figure>
      ) : (
        <p>{t('settings.logo.none')}</p>
      )}
      <form method="post" action="/admin/settings/logo" enctype="multipart/form-data">
        {/* The token comes before the file, so it is checked before the file is read. */}
        <CsrfField token={props.csrfToken} />
        <div class="field">
          <label for={id}>{t('settings.logo.file')}</label>
          <input
            id={id}
            type="file"
            name="file"
            accept=".svg,.png,image/svg+xml,image/png"
            required={!logo}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          />
          <p class="hint" id={`${id}-hint`}>
            {t('settings.logo.file.hint')}
          </p>
          {error && (
            <p class="field-error" id={`${id}-error`}>
              {fieldMessage(t('settings.logo.file'), error)}
            </p>
          )}
        </div>
        <label class="choice" for={`${id}-showsName`}>
          <input
            id={`${id}-showsName`}
            type="checkbox"
            name="showsName"
            value="yes"
            checked={showsName}
          />{' '}
          {t('settings.logo.showsName')}
        </label>
        <div class="actions">
          <button type="submit">
            {logo ? t('settings.logo.change') : t('settings.logo.upload')}
          </button>
        </div>
      </form>
      {logo && (
        <form method="post" action="/admin/settings/logo/remove">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="secondary">
            {t('settings.logo.remove')}
          </button>
        </form>
      )}
    </section>
  );
}
