import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { type FieldErrors, Notice, TextField } from '../components/form-fields.tsx';

export interface SignInFormState {
  email: string;
  errors: FieldErrors;
  /** Why the attempt was refused, as a whole (wrong password, too many attempts). */
  failure?: string;
}

/** The sign-in form. `next` is where to go afterwards (an admin path, checked by the route). */
export function SignInPage({
  chrome,
  next,
  state,
  notice,
}: {
  chrome: AdminChrome;
  next?: string;
  state?: SignInFormState;
  notice?: string;
}) {
  const { t } = chrome.i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.signIn.title')}>
      <Notice>{notice}</Notice>
      {state?.failure && (
        <p class="notice error" role="alert">
          {state.failure}
        </p>
      )}
      <form method="post" action="/admin/login" class="account-form">
        <CsrfField token={chrome.csrfToken} />
        {next && <input type="hidden" name="next" value={next} />}
        <TextField
          formId="sign-in"
          name="email"
          label={t('admin.field.email')}
          type="email"
          autocomplete="username"
          required
          value={state?.email ?? ''}
          error={state?.errors.email}
        />
        <TextField
          formId="sign-in"
          name="password"
          label={t('admin.field.password')}
          type="password"
          autocomplete="current-password"
          required
          value=""
          error={state?.errors.password}
        />
        <button type="submit">{t('admin.signIn.submit')}</button>
      </form>
      <p>
        <a href="/admin/forgot-password">{t('admin.signIn.forgotten')}</a>
      </p>
    </AdminLayout>
  );
}
