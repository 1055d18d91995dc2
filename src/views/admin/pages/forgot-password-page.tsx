import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { type FieldErrors, TextField } from '../components/form-fields.tsx';

/** Asks for the address to send a reset link to; after sending, says so whatever the address. */
export function ForgotPasswordPage({
  chrome,
  isSent = false,
  email = '',
  errors = {},
  failure,
}: {
  chrome: AdminChrome;
  isSent?: boolean;
  email?: string;
  errors?: FieldErrors;
  /** Why the request was refused, as a whole (too many requests). */
  failure?: string;
}) {
  const { t } = chrome.i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.forgot.title')}>
      {failure && (
        <p class="notice error" role="alert">
          {failure}
        </p>
      )}
      {isSent ? (
        <p class="notice" role="status">
          {t('admin.forgot.sent')}
        </p>
      ) : (
        <form method="post" action="/admin/forgot-password" class="account-form">
          <CsrfField token={chrome.csrfToken} />
          <TextField
            formId="forgot"
            name="email"
            label={t('admin.field.email')}
            type="email"
            autocomplete="username"
            required
            value={email}
            error={errors.email}
          />
          <button type="submit">{t('admin.forgot.submit')}</button>
        </form>
      )}
      <p>
        <a href="/admin/login">{t('admin.forgot.back')}</a>
      </p>
    </AdminLayout>
  );
}
