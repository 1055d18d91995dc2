import type { ApiTokenListing, NewApiToken } from '../../../domain/auth/api-token-service.ts';
import type { MessageKey } from '../../../lib/i18n/translator.ts';
import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import {
  type ChoiceOption,
  ErrorSummary,
  type FieldErrors,
  Notice,
  SelectField,
  TextField,
} from '../components/form-fields.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { DataTable } from '../components/data-table.tsx';

/** A refused token form: the name as sent and its messages. */
export interface TokenFormState {
  name: string;
  expiresInDays: string;
  message: string;
  errors: FieldErrors;
}

const FORM_ID = 'token';

/** Lifetimes offered; a token that never expires is possible, but not the default. */
const expiryChoices: readonly { value: string; label: MessageKey; days?: number }[] = [
  { value: '7', label: 'admin.tokens.expiry.days', days: 7 },
  { value: '30', label: 'admin.tokens.expiry.days', days: 30 },
  { value: '90', label: 'admin.tokens.expiry.days', days: 90 },
  { value: '365', label: 'admin.tokens.expiry.year' },
  { value: 'never', label: 'admin.tokens.expiry.never' },
];
const DEFAULT_EXPIRY = '90';

function NewToken({ created }: { created: NewApiToken }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  return (
    <section class="new-token" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading">{t('admin.tokens.new.title', { name: created.name })}</h2>
      <p role="status">{t('admin.tokens.new.copyNow')}</p>
      <p>
        <code>{created.token}</code>
      </p>
      <p>
        {created.expiresAt
          ? messageParts(i18n, 'admin.tokens.new.worksUntil', {
              time: <AdminTime value={created.expiresAt} />,
            })
          : t('admin.tokens.new.worksUntilRevoked')}
      </p>
      <p class="hint">
        {messageParts(i18n, 'admin.tokens.new.howToSend', {
          header: <code>Authorization: Bearer &lt;token&gt;</code>,
        })}
      </p>
    </section>
  );
}

function TokensTable({ chrome, tokens }: { chrome: AdminChrome; tokens: ApiTokenListing[] }) {
  const { t } = useAdminI18n();
  if (tokens.length === 0) return <p>{t('admin.tokens.none')}</p>;
  return (
    <DataTable id="tokens" caption={t('admin.tokens.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('admin.tokens.field.name')}</th>
          <th scope="col">{t('admin.tokens.column.created')}</th>
          <th scope="col">{t('admin.tokens.column.lastUsed')}</th>
          <th scope="col">{t('admin.tokens.column.expires')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('admin.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr>
            <td>{token.name}</td>
            <td>
              <AdminTime value={token.createdAt} />
            </td>
            <td>
              {token.lastUsedAt ? (
                <AdminTime value={token.lastUsedAt} />
              ) : (
                t('admin.tokens.neverUsed')
              )}
            </td>
            <td>
              {token.isExpired && `${t('admin.tokens.expired')} `}
              {token.expiresAt ? (
                <AdminTime value={token.expiresAt} />
              ) : (
                t('admin.tokens.neverExpires')
              )}
            </td>
            <td>
              <form method="post" action={`/admin/tokens/${token.id}/revoke`}>
                <CsrfField token={chrome.csrfToken} />
                <button type="submit">
                  {t('admin.tokens.revoke')}
                  <span class="visually-hidden">
                    {' '}
                    {t('admin.quotedName', { name: token.name })}
                  </span>
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The signed-in user's API tokens: create, see when they were used, revoke. */
export function TokensPage({
  chrome,
  tokens,
  created,
  state,
  notice,
}: {
  chrome: AdminChrome;
  tokens: ApiTokenListing[];
  /** The token just made: its secret is on this response only. */
  created?: NewApiToken;
  state?: TokenFormState;
  notice?: string;
}) {
  const { t } = chrome.i18n;
  const labels = {
    name: t('admin.tokens.field.name'),
    expiresInDays: t('admin.tokens.field.expiresInDays'),
  };
  const expiryOptions: ChoiceOption[] = expiryChoices.map((choice) => ({
    value: choice.value,
    label: t(choice.label, choice.days === undefined ? {} : { count: choice.days }),
  }));
  return (
    <AdminLayout chrome={chrome} title={t('admin.tokens.title')}>
      <Notice>{notice}</Notice>
      {created && <NewToken created={created} />}
      <p class="hint">{t('admin.tokens.intro')}</p>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('admin.tokens.yours')}</h2>
        <TokensTable chrome={chrome} tokens={tokens} />
      </section>
      <section aria-labelledby="create-token-heading">
        <h2 id="create-token-heading">{t('admin.tokens.create')}</h2>
        {state && (
          <ErrorSummary
            formId={FORM_ID}
            message={state.message}
            errors={state.errors}
            labels={labels}
          />
        )}
        <form method="post" action="/admin/tokens">
          <CsrfField token={chrome.csrfToken} />
          <TextField
            formId={FORM_ID}
            name="name"
            label={labels.name}
            hint={t('admin.tokens.field.name.hint')}
            value={state?.name ?? ''}
            error={state?.errors.name}
            required
            maxLength={200}
          />
          <SelectField
            formId={FORM_ID}
            name="expiresInDays"
            label={labels.expiresInDays}
            hint={t('admin.tokens.field.expiresInDays.hint')}
            options={expiryOptions}
            value={state?.expiresInDays || DEFAULT_EXPIRY}
            error={state?.errors.expiresInDays}
          />
          <button type="submit">{t('admin.tokens.create.submit')}</button>
        </form>
      </section>
    </AdminLayout>
  );
}
