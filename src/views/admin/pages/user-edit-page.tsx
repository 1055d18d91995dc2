import type { UserListing } from '../../../domain/users/user-service.ts';
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

export const roleOptions: ChoiceOption[] = [
  { value: 'administrator', label: 'Administrator' },
  { value: 'editor', label: 'Editor' },
  { value: 'contributor', label: 'Contributor' },
];

export const userFieldLabels = {
  email: 'Email',
  name: 'Name',
  role: 'Role',
  countries: 'Countries',
} as const;

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
  const options: ChoiceOption[] = countries.map((country) => ({
    value: country.slug,
    label: country.name,
  }));
  return (
    <>
      <TextField
        formId={formId}
        name="name"
        label={userFieldLabels.name}
        value={values.name}
        error={errors.name}
        required
        maxLength={200}
      />
      <SelectField
        formId={formId}
        name="role"
        label={userFieldLabels.role}
        options={roleOptions}
        value={values.role}
        error={errors.role}
        hint="Contributors write drafts; editors also review and publish; administrators do everything."
      />
      <CheckboxGroup
        formId={formId}
        name="countries"
        label={userFieldLabels.countries}
        options={options}
        checked={values.countries}
        hint="Editors only: they review and publish the items of their countries."
        error={errors.countries}
      />
    </>
  );
}

const FORM_ID = 'user-edit';

function SignInStatus({ user }: { user: UserListing }) {
  if (user.deactivatedAt) return <>Deactivated: cannot sign in.</>;
  if (user.canSignIn) return <>Can sign in.</>;
  return <>Invited: cannot sign in until they choose a password.</>;
}

/** Deactivating (or reactivating) an account: a separate form, so it is never a side effect. */
function AccessForm({ chrome, user }: { chrome: AdminChrome; user: UserListing }) {
  const isDeactivated = user.deactivatedAt !== null;
  return (
    <section aria-labelledby="access-heading">
      <h2 id="access-heading">{isDeactivated ? 'Reactivate' : 'Deactivate'}</h2>
      <p class="hint">
        {isDeactivated
          ? 'They can then choose a new password through “Forgot your password?” on the sign-in page.'
          : 'Signs them out everywhere, revokes their API tokens and removes their password. Their items stay.'}
      </p>
      <form
        method="post"
        action={`/admin/users/${user.id}/${isDeactivated ? 'reactivate' : 'deactivate'}`}
      >
        <CsrfField token={chrome.csrfToken} />
        <button type="submit">
          {isDeactivated ? 'Reactivate' : 'Deactivate'} {user.name}
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
  return (
    <AdminLayout chrome={chrome} title={`Edit ${user.name}`}>
      <p>
        <a href="/admin/users">Back to all users</a>
      </p>
      <p>
        {user.email} · <SignInStatus user={user} />
      </p>
      <p class="hint">
        Changing someone’s role signs them out everywhere and revokes their API tokens.
      </p>
      {state && (
        <ErrorSummary
          formId={FORM_ID}
          message={state.message}
          errors={state.errors}
          labels={userFieldLabels}
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
        <button type="submit">Save {user.name}</button>
      </form>
      {user.id !== chrome.actor?.id && <AccessForm chrome={chrome} user={user} />}
    </AdminLayout>
  );
}
