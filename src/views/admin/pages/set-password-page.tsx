import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { type FieldErrors, TextField } from '../components/form-fields.tsx';

/** Choosing a password through a one-time link: an invitation or a reset. */
export function SetPasswordPage({
  chrome,
  purpose,
  action,
  token,
  person,
  minLength,
  errors = {},
  isRevokingApiTokens = true,
}: {
  chrome: AdminChrome;
  purpose: 'invite' | 'reset';
  /** The path the form posts to (the link's own path). */
  action: string;
  token: string;
  person: { name: string; email: string };
  minLength: number;
  errors?: FieldErrors;
  /** Whether the reset form's "revoke my API tokens" box is checked. */
  isRevokingApiTokens?: boolean;
}) {
  const title = purpose === 'invite' ? 'Welcome to the newsroom' : 'Choose a new password';
  return (
    <AdminLayout chrome={chrome} title={title}>
      <p>
        {purpose === 'invite' ? `Hello ${person.name}. ` : ''}
        Choose a password for {person.email}, of at least {minLength} characters.
      </p>
      <form method="post" action={action} class="account-form">
        <CsrfField token={chrome.csrfToken} />
        <input type="hidden" name="token" value={token} />
        {/* Lets password managers file the new password under the right account. */}
        <input type="hidden" name="username" autocomplete="username" value={person.email} />
        <TextField
          formId="set-password"
          name="password"
          label="New password"
          type="password"
          autocomplete="new-password"
          required
          value=""
          error={errors.password}
        />
        {purpose === 'reset' && (
          <div class="field">
            <label class="choice" for="set-password-revoke-api-tokens">
              <input
                id="set-password-revoke-api-tokens"
                type="checkbox"
                name="revokeApiTokens"
                value="yes"
                checked={isRevokingApiTokens}
                aria-describedby="set-password-revoke-api-tokens-hint"
              />{' '}
              Also revoke my API tokens
            </label>
            <p class="hint" id="set-password-revoke-api-tokens-hint">
              Every session ends either way. Revoke the tokens too if someone else may have used
              your account; scripts using them will need new ones.
            </p>
          </div>
        )}
        <button type="submit">Save the password</button>
      </form>
    </AdminLayout>
  );
}

/** A one-time link that cannot be used (unknown, spent or expired), with the way forward. */
export function UnusableLinkPage({ chrome }: { chrome: AdminChrome }) {
  return (
    <AdminLayout chrome={chrome} title="This link no longer works">
      <p>
        The link is unknown, has already been used or has expired. You can{' '}
        <a href="/admin/forgot-password">ask for a new one</a>.
      </p>
    </AdminLayout>
  );
}
