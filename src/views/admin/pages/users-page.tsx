import type { UserListing } from '../../../domain/users/user-service.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { ErrorSummary, Notice, TextField } from '../components/form-fields.tsx';
import {
  type CountryChoice,
  UserFields,
  type UserFormState,
  type UserFormValues,
  roleOptions,
  userFieldLabels,
} from './user-edit-page.tsx';
import { DataTable } from '../components/data-table.tsx';

const FORM_ID = 'invite';

const emptyInvitation: UserFormValues = {
  email: '',
  name: '',
  role: 'contributor',
  countries: [],
};

function roleLabel(role: string): string {
  return roleOptions.find((option) => option.value === role)?.label ?? role;
}

/** Countries are listed in the labels' order, not the order they were given in. */
function UsersTable({ users, countries }: { users: UserListing[]; countries: CountryChoice[] }) {
  return (
    <DataTable id="users" caption="Every account, by name">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Countries</th>
          <th scope="col">Can sign in</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr>
            <td>
              <a href={`/admin/users/${user.id}`}>{user.name}</a>
            </td>
            <td>{user.email}</td>
            <td>{roleLabel(user.role)}</td>
            <td>
              {countries
                .filter((country) => user.countryLabelIds.includes(country.id))
                .map((country) => country.name)
                .join(', ') || '—'}
            </td>
            <td>
              {user.deactivatedAt
                ? 'No (deactivated)'
                : user.canSignIn
                  ? 'Yes'
                  : 'Not yet (invited)'}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** Every account, and the form that invites someone new (administrators only). */
export function UsersPage({
  chrome,
  users,
  countries,
  invitation,
  notice,
}: {
  chrome: AdminChrome;
  users: UserListing[];
  countries: CountryChoice[];
  /** A refused invitation, shown again with its messages. */
  invitation?: UserFormState;
  notice?: string;
}) {
  const values = invitation?.values ?? emptyInvitation;
  const errors = invitation?.errors ?? {};
  return (
    <AdminLayout chrome={chrome} title="Users">
      <Notice>{notice}</Notice>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">Accounts</h2>
        <UsersTable users={users} countries={countries} />
      </section>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <p class="hint">
          They get an email with a link, valid for 7 days, to choose their password. Until then they
          cannot sign in.
        </p>
        {invitation && (
          <ErrorSummary
            formId={FORM_ID}
            message={invitation.message}
            errors={errors}
            labels={userFieldLabels}
          />
        )}
        <form method="post" action="/admin/users">
          <CsrfField token={chrome.csrfToken} />
          <TextField
            formId={FORM_ID}
            name="email"
            label={userFieldLabels.email}
            type="email"
            autocomplete="off"
            value={values.email}
            error={errors.email}
            required
            maxLength={320}
          />
          <UserFields formId={FORM_ID} values={values} errors={errors} countries={countries} />
          <button type="submit">Send the invitation</button>
        </form>
      </section>
    </AdminLayout>
  );
}
