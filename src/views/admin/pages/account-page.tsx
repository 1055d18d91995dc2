import type { TimeZoneChoices } from '../../../domain/users/time-zones.ts';
import { zoneWording } from '../../../lib/zoned-time.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  fieldMessage,
} from '../components/form-fields.tsx';
import { AdminTime } from '../components/admin-time.tsx';

/** A refused time zone form: its message and the message beside the field. */
export interface AccountFormState {
  message: string;
  errors: FieldErrors;
}

const FORM_ID = 'account';
const FIELD_ID = `${FORM_ID}-timeZone`;

/** "Kathmandu time (Asia/Kathmandu)"; a zone that is its own name ("UTC") once. */
function zoneOption(zone: string): string {
  const wording = zoneWording(zone);
  return wording === zone ? zone : `${wording} (${zone})`;
}

function TimeZoneSelect({
  choices,
  chosen,
  byDefault,
  error,
}: {
  choices: TimeZoneChoices;
  chosen: string | null;
  byDefault: string;
  error?: string;
}) {
  const hintId = `${FIELD_ID}-hint`;
  const errorId = `${FIELD_ID}-error`;
  const selected = chosen ?? '';
  const options = (zones: readonly string[]) =>
    zones.map((zone) => (
      <option value={zone} selected={zone === selected}>
        {zoneOption(zone)}
      </option>
    ));
  return (
    <div class="field">
      <label for={FIELD_ID}>Time zone</label>
      <select
        id={FIELD_ID}
        name="timeZone"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
      >
        <option value="" selected={selected === ''}>
          {`As my country: ${zoneOption(byDefault)}`}
        </option>
        <optgroup label="Where the network works">{options(choices.nearby)}</optgroup>
        <optgroup label="Elsewhere">{options(choices.elsewhere)}</optgroup>
      </select>
      <p class="hint" id={hintId}>
        Dates in the admin are shown in this zone, and the dates you type (such as a publish date)
        are read in it.
      </p>
      {error && (
        <p class="field-error" id={errorId}>
          {fieldMessage('Time zone', error)}
        </p>
      )}
    </div>
  );
}

/** "Your account": what people set for themselves (their time zone). */
export function AccountPage({
  chrome,
  choices,
  chosen,
  byDefault,
  now,
  state,
  notice,
}: {
  chrome: AdminChrome;
  choices: TimeZoneChoices;
  /** The zone they chose; null while it follows their country. */
  chosen: string | null;
  /** The zone they have when they choose none. */
  byDefault: string;
  /** The current instant, shown in their zone so they can check it. */
  now: string;
  state?: AccountFormState;
  notice?: string;
}) {
  const { actor } = chrome;
  return (
    <AdminLayout chrome={chrome} title="Your account">
      {state && (
        <ErrorSummary
          formId={FORM_ID}
          message={state.message}
          errors={state.errors}
          labels={{ timeZone: 'Time zone' }}
        />
      )}
      <Notice>{notice}</Notice>
      {actor && (
        <p>
          Signed in as {actor.name} ({actor.email}), {actor.role}.
        </p>
      )}
      <p>
        It is now <AdminTime value={now} />.
      </p>
      <form method="post" action="/admin/account/time-zone" class="account-form">
        <CsrfField token={chrome.csrfToken} />
        <TimeZoneSelect
          choices={choices}
          chosen={chosen}
          byDefault={byDefault}
          error={state?.errors.timeZone}
        />
        <button type="submit">Save time zone</button>
      </form>
    </AdminLayout>
  );
}
