import { type ErasureSummary, isNothingHeld } from '../../../domain/people/erasure-summary.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { ErrorSummary, Notice, TextField } from '../components/form-fields.tsx';

const FORM_ID = 'person';

/** Where a confirmed erasure goes back to: the page it was asked from. */
export type ErasureOrigin = 'people' | 'subscribers';

/**
 * `/admin/people`: what the site holds about one email address, handed over as JSON or
 * erased. Both are POSTs, so the address stays out of addresses, logs and history.
 */
export function PeoplePage(props: {
  chrome: AdminChrome;
  email: string;
  refusal?: { message: string; errors: Record<string, string> };
  notice?: string;
}) {
  const { chrome } = props;
  const { t } = chrome.i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.people.title')}>
      <Notice>{props.notice}</Notice>
      <p>{t('admin.people.intro')}</p>
      <p>{t('people.introTakingPart')}</p>
      {props.refusal && (
        <ErrorSummary
          formId={FORM_ID}
          message={props.refusal.message}
          errors={props.refusal.errors}
          labels={{ email: t('admin.people.email') }}
        />
      )}
      <form method="post" action="/admin/people/export">
        <CsrfField token={chrome.csrfToken} />
        <TextField
          formId={FORM_ID}
          name="email"
          type="email"
          label={t('admin.people.email')}
          value={props.email}
          error={props.refusal?.errors.email}
          autocomplete="off"
          required
          maxLength={320}
        />
        <div class="actions">
          <button type="submit">{t('admin.people.download')}</button>
          <button type="submit" formaction="/admin/people/erase" class="danger">
            {t('admin.people.erase')}
          </button>
        </div>
      </form>
    </AdminLayout>
  );
}

/** What erasing an address will do, and the button that does it. */
export function ErasureConfirmPage(props: {
  chrome: AdminChrome;
  email: string;
  summary: ErasureSummary;
  from: ErasureOrigin;
}) {
  const { chrome, summary } = props;
  const { t } = chrome.i18n;
  const isKnown = !isNothingHeld(summary);
  const back = props.from === 'subscribers' ? '/admin/subscribers' : '/admin/people';
  return (
    <AdminLayout chrome={chrome} title={t('admin.people.confirm.title')}>
      <p>{t('admin.people.confirm.address', { email: props.email })}</p>
      {isKnown ? (
        <ul>
          {summary.isSubscriber && <li>{t('admin.people.confirm.subscriber')}</li>}
          {summary.comments > 0 && (
            <li>
              {t(
                summary.anonymisesComments
                  ? 'admin.people.confirm.anonymise'
                  : 'admin.people.confirm.removeComments',
                { count: summary.comments },
              )}
            </li>
          )}
          {summary.registrations > 0 && (
            <li>{t('people.confirm.registrations', { count: summary.registrations })}</li>
          )}
          {summary.signatures > 0 && (
            <li>
              {t(
                summary.anonymisesSignatures
                  ? 'people.confirm.anonymiseSignatures'
                  : 'people.confirm.removeSignatures',
                { count: summary.signatures },
              )}
            </li>
          )}
          {summary.queuedMail > 0 && (
            <li>{t('admin.people.confirm.mail', { count: summary.queuedMail })}</li>
          )}
          {summary.isSuppressed && <li>{t('admin.people.confirm.suppression')}</li>}
        </ul>
      ) : (
        <p>{t('admin.people.confirm.nothing')}</p>
      )}
      {summary.hasAccount && <p>{t('admin.people.confirm.account')}</p>}
      <p>{t('admin.people.confirm.final')}</p>
      <form method="post" action="/admin/people/erase">
        <CsrfField token={chrome.csrfToken} />
        <input type="hidden" name="email" value={props.email} />
        <input type="hidden" name="from" value={props.from} />
        <input type="hidden" name="confirm" value="yes" />
        <div class="actions">
          <button type="submit" class="danger">
            {t('admin.people.confirm.submit')}
          </button>
          <a href={back}>{t('admin.people.confirm.cancel')}</a>
        </div>
      </form>
    </AdminLayout>
  );
}
