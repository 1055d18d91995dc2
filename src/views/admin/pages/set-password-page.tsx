import { messageParts } from '../admin-i18n.ts';
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
  const { t } = chrome.i18n;
  const title = t(
    purpose === 'invite' ? 'admin.setPassword.inviteTitle' : 'admin.setPassword.resetTitle',
  );
  const words = { name: person.name, email: person.email, count: minLength };
  return (
    <AdminLayout chrome={chrome} title={title}>
      <p>
        {t(
          purpose === 'invite' ? 'admin.setPassword.inviteIntro' : 'admin.setPassword.resetIntro',
          words,
        )}
      </p>
      <form method="post" action={action} class="account-form">
        <CsrfField token={chrome.csrfToken} />
        <input type="hidden" name="token" value={token} />
        {/* Lets password managers file the new password under the right account. */}
        <input type="hidden" name="username" autocomplete="username" value={person.email} />
        <TextField
          formId="set-password"
          name="password"
          label={t('admin.setPassword.newPassword')}
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
              {t('admin.setPassword.revokeTokens')}
            </label>
            <p class="hint" id="set-password-revoke-api-tokens-hint">
              {t('admin.setPassword.revokeTokens.hint')}
            </p>
          </div>
        )}
        <button type="submit">{t('admin.setPassword.submit')}</button>
      </form>
    </AdminLayout>
  );
}

/** A one-time link that cannot be used (unknown, spent or expired), with the way forward. */
export function UnusableLinkPage({ chrome }: { chrome: AdminChrome }) {
  const { i18n } = chrome;
  return (
    <AdminLayout chrome={chrome} title={i18n.t('admin.unusableLink.title')}>
      <p>
        {messageParts(i18n, 'admin.unusableLink.body', {
          link: <a href="/admin/forgot-password">{i18n.t('admin.unusableLink.askAgain')}</a>,
        })}
      </p>
    </AdminLayout>
  );
}
