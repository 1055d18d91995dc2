import type { UserRole } from '../../../domain/auth/actor.ts';
import type { UserListing } from '../../../domain/users/user-service.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import {
  CheckboxGroup,
  type ChoiceOption,
  ErrorSummary,
  type FieldErrors,
  SelectField,
  TextField,
} from '../components/form-fields.tsx';

/** The user form's fields as the browser sends them (and gets them back after a refusal). */
export interface UserFormValues {
  email: string;
  name: string;
  role: string;
  /** Slugs of the chosen countries (the domain names countries by slug). */
  countries: string[];
}

/** A refused form: the values as sent, the message and a message per field. */
export interface UserFormState {
  values: UserFormValues;
  message: string;
  errors: FieldErrors;
}

/** A country label as the users pages need it (a `Label` will do). */
export interface CountryChoice {
  id: string;
  slug: string;
  name: string;
}

const ROLES: readonly UserRole[] = ['administrator', 'editor', 'contributor'];

/** The roles, named for people ("Editor"). */
export function roleOptions(i18n: Translator): ChoiceOption[] {
  return ROLES.map((role) => ({ value: role, label: i18n.t(`admin.role.${role}`) }));
}

/** The user form's labels, for its fields and the sentences of its error summary. */
export function userFieldLabels(i18n: Translator) {
  return {
    email: i18n.t('admin.field.email'),
    name: i18n.t('admin.users.field.name'),
    role: i18n.t('admin.users.field.role'),
    countries: i18n.t('admin.users.field.countries'),
  };
}

/** Name, role and countries: what both the invitation and the edit form ask. */
export function UserFields({
  formId,
  values,
  errors,
  countries,
}: {
  formId: string;
  values: UserFormValues;
  errors: FieldErrors;
  /** Every country, offered as checkboxes whose values are slugs. */
  countries: CountryChoice[];
}) {
  const i18n = useAdminI18n();
  const labels = userFieldLabels(i18n);
  const options: ChoiceOption[] = countries.map((country) => ({
    value: country.slug,
    label: country.name,
  }));
  return (
    <>
      <TextField
        formId={formId}
        name="name"
        label={labels.name}
        value={values.name}
        error={errors.name}
        required
        maxLength={200}
      />
      <SelectField
        formId={formId}
        name="role"
        label={labels.role}
        options={roleOptions(i18n)}
        value={values.role}
        error={errors.role}
        hint={i18n.t('admin.users.field.role.hint')}
      />
      <CheckboxGroup
        formId={formId}
        name="countries"
        label={labels.countries}
        options={options}
        checked={values.countries}
        hint={i18n.t('admin.users.field.countries.hint')}
        error={errors.countries}
      />
    </>
  );
}

const FORM_ID = 'user-edit';

function SignInStatus({ user }: { user: UserListing }) {
  const { t } = useAdminI18n();
  if (user.deactivatedAt) return <>{t('admin.user.status.deactivated')}</>;
  if (user.canSignIn) return <>{t('admin.user.status.canSignIn')}</>;
  return <>{t('admin.user.status.invited')}</>;
}

/** Deactivating (or reactivating) an account: a separate form, so it is never a side effect. */
function AccessForm({ chrome, user }: { chrome: AdminChrome; user: UserListing }) {
  const { t } = useAdminI18n();
  const isDeactivated = user.deactivatedAt !== null;
  return (
    <section aria-labelledby="access-heading">
      <h2 id="access-heading">
        {t(isDeactivated ? 'admin.user.reactivate' : 'admin.user.deactivate')}
      </h2>
      <p class="hint">
        {t(isDeactivated ? 'admin.user.reactivate.hint' : 'admin.user.deactivate.hint')}
      </p>
      <form
        method="post"
        action={`/admin/users/${user.id}/${isDeactivated ? 'reactivate' : 'deactivate'}`}
      >
        <CsrfField token={chrome.csrfToken} />
        <button type="submit">
          {t(isDeactivated ? 'admin.user.reactivateNamed' : 'admin.user.deactivateNamed', {
            name: user.name,
          })}
        </button>
      </form>
    </section>
  );
}

/** One account: an administrator changes its name, role and countries. */
export function UserEditPage({
  chrome,
  user,
  values,
  countries,
  state,
}: {
  chrome: AdminChrome;
  user: UserListing;
  /** The stored values, shown unless a refused form is shown again. */
  values: UserFormValues;
  countries: CountryChoice[];
  state?: UserFormState;
}) {
  const { t } = chrome.i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.user.title', { name: user.name })}>
      <p>
        <a href="/admin/users">{t('admin.user.back')}</a>
      </p>
      <p>
        {user.email} · <SignInStatus user={user} />
      </p>
      <p class="hint">{t('admin.user.roleChangeHint')}</p>
      {state && (
        <ErrorSummary
          formId={FORM_ID}
          message={state.message}
          errors={state.errors}
          labels={userFieldLabels(chrome.i18n)}
        />
      )}
      <form method="post" action={`/admin/users/${user.id}`}>
        <CsrfField token={chrome.csrfToken} />
        <UserFields
          formId={FORM_ID}
          values={state?.values ?? values}
          errors={state?.errors ?? {}}
          countries={countries}
        />
        <button type="submit">{t('admin.user.save', { name: user.name })}</button>
      </form>
      {user.id !== chrome.actor?.id && <AccessForm chrome={chrome} user={user} />}
    </AdminLayout>
  );
}
