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
  return (
    <AdminLayout chrome={chrome} title="Reset your password">
      {failure && (
        <p class="notice error" role="alert">
          {failure}
        </p>
      )}
      {isSent ? (
        <p class="notice" role="status">
          If an account uses that address, a link to choose a new password is on its way. It works
          once, for one hour.
        </p>
      ) : (
        <form method="post" action="/admin/forgot-password" class="account-form">
          <CsrfField token={chrome.csrfToken} />
          <TextField
            formId="forgot"
            name="email"
            label="Email"
            type="email"
            autocomplete="username"
            required
            value={email}
            error={errors.email}
          />
          <button type="submit">Send me a link</button>
        </form>
      )}
      <p>
        <a href="/admin/login">Back to sign in</a>
      </p>
    </AdminLayout>
  );
}
