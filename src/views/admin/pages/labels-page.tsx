import type { Label } from '../../../domain/labels/label-service.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { Notice } from '../components/form-fields.tsx';

export interface LabelFormState {
  /** The label the errors belong to, or "new". */
  target: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

function TextField(props: {
  formId: string;
  name: string;
  label: string;
  value: string;
  error?: string;
  required?: boolean;
  isNumeric?: boolean;
}) {
  const id = `${props.formId}-${props.name}`;
  const errorId = `${id}-error`;
  return (
    <>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode={props.isNumeric ? 'numeric' : undefined}
        name={props.name}
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? errorId : undefined}
      />
      {props.error && (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </>
  );
}

function LabelForm({
  chrome,
  label,
  state,
}: {
  chrome: AdminChrome;
  label: Label | null;
  state?: LabelFormState;
}) {
  const { t } = useAdminI18n();
  const formId = label ? `label-${label.id}` : 'label-new';
  const mine = state && state.target === (label?.id ?? 'new') ? state : undefined;
  const value = (name: string, fallback: string) => mine?.values[name] ?? fallback;
  return (
    <form method="post" action={label ? `/admin/labels/${label.id}` : '/admin/labels'}>
      <CsrfField token={chrome.csrfToken} />
      {mine && Object.keys(mine.errors).length > 0 && (
        <p class="notice error" role="alert">
          {t('problem.fieldsNeedAttention')}
        </p>
      )}
      {!label && (
        <>
          <label for={`${formId}-kind`}>{t('admin.labels.field.kind')}</label>
          <select id={`${formId}-kind`} name="kind">
            <option value="country" selected={value('kind', 'country') === 'country'}>
              {t('label.country')}
            </option>
            <option value="theme" selected={value('kind', '') === 'theme'}>
              {t('label.theme')}
            </option>
          </select>
          <TextField
            formId={formId}
            name="slug"
            label={t('admin.labels.field.slug')}
            value={value('slug', '')}
            error={mine?.errors.slug}
            required
          />
        </>
      )}
      <TextField
        formId={formId}
        name="name"
        label={t('admin.labels.field.name')}
        value={value('name', label?.name ?? '')}
        error={mine?.errors.name}
        required
      />
      <TextField
        formId={formId}
        name="description"
        label={t('admin.labels.field.description')}
        value={value('description', label?.description ?? '')}
        error={mine?.errors.description}
      />
      <TextField
        formId={formId}
        name="position"
        label={t('admin.labels.field.position')}
        isNumeric
        value={value('position', String(label?.position ?? 0))}
        error={mine?.errors.position}
      />
      <button type="submit">
        {label ? t('admin.labels.save', { name: label.name }) : t('admin.labels.add')}
      </button>
    </form>
  );
}

/** Countries and themes: administrators rename, describe, order and add them. */
export function LabelsPage({
  chrome,
  labels,
  state,
  notice,
}: {
  chrome: AdminChrome;
  labels: Label[];
  state?: LabelFormState;
  notice?: string;
}) {
  const { t } = chrome.i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.labels.title')}>
      <Notice>{notice}</Notice>
      <p class="hint">{t('admin.labels.intro')}</p>
      {(['country', 'theme'] as const).map((kind) => (
        <section aria-labelledby={`${kind}-heading`}>
          <h2 id={`${kind}-heading`}>{t(kind === 'country' ? 'site.countries' : 'site.themes')}</h2>
          {labels
            .filter((label) => label.kind === kind)
            .map((label) => (
              <details open={state?.target === label.id}>
                <summary>
                  {label.name} <span class="hint">({label.path})</span>
                </summary>
                <LabelForm chrome={chrome} label={label} state={state} />
              </details>
            ))}
        </section>
      ))}
      <section aria-labelledby="new-label-heading">
        <h2 id="new-label-heading">{t('admin.labels.new')}</h2>
        <LabelForm chrome={chrome} label={null} state={state} />
      </section>
    </AdminLayout>
  );
}
