import type { ComponentChildren } from 'preact';
import type { TimeZoneChoices } from '../../../domain/users/time-zones.ts';
import {
  INTERFACE_LANGUAGE_NAMES,
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
} from '../../../lib/i18n/languages.ts';
import { zoneWording } from '../../../lib/zoned-time.ts';
import { messageParts, useAdminI18n } from '../admin-i18n.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  fieldMessage,
} from '../components/form-fields.tsx';
import { AdminTime } from '../components/admin-time.tsx';
import { CommentNoticesForm } from '../components/comment-notices-form.tsx';

/** A refused time zone or language form: its message and the message beside the field. */
export interface AccountFormState {
  message: string;
  errors: FieldErrors;
}

const FORM_ID = 'account';

/** "Kathmandu time (Asia/Kathmandu)"; a zone that is its own name ("UTC") once. */
function zoneOption(zone: string): string {
  const wording = zoneWording(zone);
  return wording === zone ? zone : `${wording} (${zone})`;
}

/** A select of the account form, with its hint and the message beside it when refused. */
function AccountSelect({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint: string;
  error?: string;
  children: ComponentChildren;
}) {
  const id = `${FORM_ID}-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
      >
        {children}
      </select>
      <p class="hint" id={hintId}>
        {hint}
      </p>
      {error && (
        <p class="field-error" id={errorId}>
          {fieldMessage(label, error)}
        </p>
      )}
    </div>
  );
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
  const { t } = useAdminI18n();
  const selected = chosen ?? '';
  const options = (zones: readonly string[]) =>
    zones.map((zone) => (
      <option value={zone} selected={zone === selected}>
        {zoneOption(zone)}
      </option>
    ));
  return (
    <AccountSelect
      name="timeZone"
      label={t('admin.account.timeZone')}
      hint={t('admin.account.timeZone.hint')}
      error={error}
    >
      <option value="" selected={selected === ''}>
        {t('admin.account.timeZone.byCountry', { zone: zoneOption(byDefault) })}
      </option>
      <optgroup label={t('admin.account.timeZone.nearby')}>{options(choices.nearby)}</optgroup>
      <optgroup label={t('admin.account.timeZone.elsewhere')}>
        {options(choices.elsewhere)}
      </optgroup>
    </AccountSelect>
  );
}

/** The seven interface languages, each named in itself (and marked so, for screen readers). */
function LanguageSelect({
  chosen,
  siteLanguage,
  error,
}: {
  chosen: InterfaceLanguage | null;
  siteLanguage: InterfaceLanguage;
  error?: string;
}) {
  const { t } = useAdminI18n();
  return (
    <AccountSelect
      name="language"
      label={t('admin.account.language')}
      hint={t('admin.account.language.hint')}
      error={error}
    >
      <option value="" selected={chosen === null}>
        {t('admin.account.language.asSite', { language: INTERFACE_LANGUAGE_NAMES[siteLanguage] })}
      </option>
      {INTERFACE_LANGUAGES.map((language) => (
        <option value={language} lang={language} selected={language === chosen}>
          {INTERFACE_LANGUAGE_NAMES[language]}
        </option>
      ))}
    </AccountSelect>
  );
}

/** "Your account": what people set for themselves (their time zone, their admin language). */
export function AccountPage({
  chrome,
  choices,
  chosen,
  byDefault,
  language,
  now,
  notifyComments,
  state,
  notice,
}: {
  chrome: AdminChrome;
  choices: TimeZoneChoices;
  /** The zone they chose; null while it follows their country. */
  chosen: string | null;
  /** The zone they have when they choose none. */
  byDefault: string;
  /** The admin language they chose (null: the site's), and the site's. */
  language: { chosen: InterfaceLanguage | null; site: InterfaceLanguage };
  /** The current instant, shown in their zone so they can check it. */
  now: string;
  /** Whether they hear by email of new comments on their items. */
  notifyComments: boolean;
  state?: AccountFormState;
  notice?: string;
}) {
  const { actor, i18n } = chrome;
  const { t } = i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.account.title')}>
      {state && (
        <ErrorSummary
          formId={FORM_ID}
          message={state.message}
          errors={state.errors}
          labels={{ timeZone: t('admin.account.timeZone'), language: t('admin.account.language') }}
        />
      )}
      <Notice>{notice}</Notice>
      {actor && (
        <p>
          {t('admin.account.signedInAs', {
            name: actor.name,
            email: actor.email,
            role: t(`admin.role.${actor.role}.inText`),
          })}
        </p>
      )}
      <p>{messageParts(i18n, 'admin.account.now', { time: <AdminTime value={now} /> })}</p>
      <form method="post" action="/admin/account/time-zone" class="account-form">
        <CsrfField token={chrome.csrfToken} />
        <TimeZoneSelect
          choices={choices}
          chosen={chosen}
          byDefault={byDefault}
          error={state?.errors.timeZone}
        />
        <button type="submit">{t('admin.account.timeZone.save')}</button>
      </form>
      <form method="post" action="/admin/account/language" class="account-form">
        <CsrfField token={chrome.csrfToken} />
        <LanguageSelect
          chosen={language.chosen}
          siteLanguage={language.site}
          error={state?.errors.language}
        />
        <button type="submit">{t('admin.account.language.save')}</button>
      </form>
      <CommentNoticesForm csrfToken={chrome.csrfToken} isWanted={notifyComments} />
    </AdminLayout>
  );
}
