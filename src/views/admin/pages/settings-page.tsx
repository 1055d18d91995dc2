import type { SiteSettings } from '../../../domain/settings/settings-service.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';

export interface SettingsFormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

const fields = [
  { name: 'title', label: 'Site title', multiline: false, required: true },
  { name: 'tagline', label: 'Tagline', multiline: false, required: false },
  {
    name: 'aboutSummary',
    label: 'About box (plain text, on every page)',
    multiline: true,
    required: false,
  },
  {
    name: 'aboutHtml',
    label: 'About page (HTML; cleaned like any post)',
    multiline: true,
    required: false,
  },
  {
    name: 'locale',
    label: 'Language of the interface (a tag such as en)',
    multiline: false,
    required: true,
  },
  {
    name: 'iatiOrganisationId',
    label:
      'IATI organisation identifier, as registered (such as XM-DAC-41114 or GB-COH-01234567; empty until registered)',
    multiline: false,
    required: false,
  },
  {
    name: 'trashRetentionDays',
    label: 'Days an item or upload stays in the trash before it is removed for good',
    multiline: false,
    required: true,
  },
] as const;

export function SettingsPage({
  chrome,
  settings,
  state,
  notice,
}: {
  chrome: AdminChrome;
  settings: SiteSettings;
  state?: SettingsFormState;
  notice?: string;
}) {
  return (
    <AdminLayout chrome={chrome} title="Site settings">
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {state && Object.keys(state.errors).length > 0 && (
        <p class="notice error" role="alert">
          Some fields need attention.
        </p>
      )}
      <form method="post" action="/admin/settings">
        <CsrfField token={chrome.csrfToken} />
        {fields.map((field) => {
          const id = `setting-${field.name}`;
          const error = state?.errors[field.name];
          const value = state?.values[field.name] ?? String(settings[field.name]);
          const common = {
            id,
            name: field.name,
            required: field.required,
            'aria-invalid': error ? ('true' as const) : undefined,
            'aria-describedby': error ? `${id}-error` : undefined,
          };
          return (
            <>
              <label for={id}>{field.label}</label>
              {field.multiline ? (
                <textarea {...common}>{value}</textarea>
              ) : (
                <input type="text" value={value} {...common} />
              )}
              {error && (
                <p class="field-error" id={`${id}-error`}>
                  {error}
                </p>
              )}
            </>
          );
        })}
        <button type="submit">Save the settings</button>
      </form>
    </AdminLayout>
  );
}
