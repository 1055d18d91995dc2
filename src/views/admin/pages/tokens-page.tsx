import type { ApiTokenListing, NewApiToken } from '../../../domain/auth/api-token-service.ts';
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
const expiryOptions: ChoiceOption[] = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'One year' },
  { value: 'never', label: 'Never (until revoked)' },
];
const DEFAULT_EXPIRY = '90';

function NewToken({ created }: { created: NewApiToken }) {
  return (
    <section class="new-token" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading">Your new token “{created.name}”</h2>
      <p role="status">
        Copy it now (select it, then copy) and keep it somewhere safe: it will not be shown again,
        not even if you reload this page. Anyone holding it can act as you through the API.
      </p>
      <p>
        <code>{created.token}</code>
      </p>
      <p>
        {created.expiresAt ? (
          <>
            It works until <AdminTime value={created.expiresAt} />.
          </>
        ) : (
          'It works until you revoke it.'
        )}
      </p>
      <p class="hint">
        Send it as <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
    </section>
  );
}

function TokensTable({ chrome, tokens }: { chrome: AdminChrome; tokens: ApiTokenListing[] }) {
  if (tokens.length === 0) return <p>You have no API tokens.</p>;
  return (
    <DataTable id="tokens" caption="Your API tokens, newest first">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">Expires</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
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
            <td>{token.lastUsedAt ? <AdminTime value={token.lastUsedAt} /> : 'Never'}</td>
            <td>
              {token.isExpired && 'Expired '}
              {token.expiresAt ? <AdminTime value={token.expiresAt} /> : 'Never'}
            </td>
            <td>
              <form method="post" action={`/admin/tokens/${token.id}/revoke`}>
                <CsrfField token={chrome.csrfToken} />
                <button type="submit">
                  Revoke<span class="visually-hidden"> “{token.name}”</span>
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
  return (
    <AdminLayout chrome={chrome} title="API tokens">
      <Notice>{notice}</Notice>
      {created && <NewToken created={created} />}
      <p class="hint">
        A token lets a script use the admin API as you, with your role and countries. Revoke a token
        you no longer need.
      </p>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Your tokens</h2>
        <TokensTable chrome={chrome} tokens={tokens} />
      </section>
      <section aria-labelledby="create-token-heading">
        <h2 id="create-token-heading">Create a token</h2>
        {state && (
          <ErrorSummary
            formId={FORM_ID}
            message={state.message}
            errors={state.errors}
            labels={{ name: 'Name', expiresInDays: 'Expires after' }}
          />
        )}
        <form method="post" action="/admin/tokens">
          <CsrfField token={chrome.csrfToken} />
          <TextField
            formId={FORM_ID}
            name="name"
            label="Name"
            hint="What the token is for, such as “import script”."
            value={state?.name ?? ''}
            error={state?.errors.name}
            required
            maxLength={200}
          />
          <SelectField
            formId={FORM_ID}
            name="expiresInDays"
            label="Expires after"
            hint="A token that expires cannot be misused for ever if it leaks."
            options={expiryOptions}
            value={state?.expiresInDays || DEFAULT_EXPIRY}
            error={state?.errors.expiresInDays}
          />
          <button type="submit">Create the token</button>
        </form>
      </section>
    </AdminLayout>
  );
}
