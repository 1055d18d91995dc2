import { INVITATION_DAYS } from '../../../domain/auth/one-time-link-service.ts';
import type { UserListing } from '../../../domain/users/user-service.ts';
import { useAdminI18n } from '../admin-i18n.ts';
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
/** How long an invitation's link works (one-time-link-service.ts's lifetime of an invite). */

const emptyInvitation: UserFormValues = {
  email: '',
  name: '',
  role: 'contributor',
  countries: [],
};

/** Countries are listed in the labels' order, not the order they were given in. */
function UsersTable({ users, countries }: { users: UserListing[]; countries: CountryChoice[] }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const labels = userFieldLabels(i18n);
  const roles = new Map(roleOptions(i18n).map((option) => [option.value, option.label]));
  return (
    <DataTable id="users" caption={t('admin.users.caption')}>
      <thead>
        <tr>
          <th scope="col">{labels.name}</th>
          <th scope="col">{labels.email}</th>
          <th scope="col">{labels.role}</th>
          <th scope="col">{labels.countries}</th>
          <th scope="col">{t('admin.users.column.canSignIn')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr>
            <td>
              <a href={`/admin/users/${user.id}`}>{user.name}</a>
            </td>
            <td>{user.email}</td>
            <td>{roles.get(user.role) ?? user.role}</td>
            <td>
              {countries
                .filter((country) => user.countryLabelIds.includes(country.id))
                .map((country) => country.name)
                .join(t('admin.list.separator')) || '—'}
            </td>
            <td>
              {t(
                user.deactivatedAt
                  ? 'admin.users.canSignIn.deactivated'
                  : user.canSignIn
                    ? 'admin.users.canSignIn.yes'
                    : 'admin.users.canSignIn.invited',
              )}
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
  const { t } = chrome.i18n;
  const labels = userFieldLabels(chrome.i18n);
  return (
    <AdminLayout chrome={chrome} title={t('admin.users.title')}>
      <Notice>{notice}</Notice>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t('admin.users.accounts')}</h2>
        <UsersTable users={users} countries={countries} />
      </section>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('admin.users.invite')}</h2>
        <p class="hint">{t('admin.users.invite.hint', { days: INVITATION_DAYS })}</p>
        {invitation && (
          <ErrorSummary
            formId={FORM_ID}
            message={invitation.message}
            errors={errors}
            labels={labels}
          />
        )}
        <form method="post" action="/admin/users">
          <CsrfField token={chrome.csrfToken} />
          <TextField
            formId={FORM_ID}
            name="email"
            label={labels.email}
            type="email"
            autocomplete="off"
            value={values.email}
            error={errors.email}
            required
            maxLength={320}
          />
          <UserFields formId={FORM_ID} values={values} errors={errors} countries={countries} />
          <button type="submit">{t('admin.users.invite.submit')}</button>
        </form>
      </section>
    </AdminLayout>
  );
}
