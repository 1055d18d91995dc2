import type { ImportReport } from '../../../domain/subscriptions/subscriber-admin.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { type Problem, problemText } from '../../../lib/problems.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';
import { ErrorSummary } from '../components/form-fields.tsx';

const FORM_ID = 'import';
/** Problems listed on the page; a file with more is best fixed in batches anyway. */
const PROBLEMS_SHOWN = 200;

export type ImportMode = 'check' | 'import';

function Report({ report, i18n }: { report: ImportReport; i18n: Translator }) {
  const { t } = i18n;
  const shown = report.problems.slice(0, PROBLEMS_SHOWN);
  const hidden = report.problems.length - shown.length;
  const heading = report.isCommitted
    ? 'admin.subscribers.import.done'
    : report.problems.length > 0
      ? 'admin.subscribers.import.refused'
      : 'admin.subscribers.import.checked';
  return (
    <section
      aria-labelledby="import-report"
      class={report.problems.length > 0 ? 'notice error' : 'notice'}
      role={report.problems.length > 0 ? 'alert' : 'status'}
    >
      <h2 id="import-report">{t(heading)}</h2>
      <ul>
        <li>{t('admin.subscribers.import.lines', { count: report.lineCount })}</li>
        <li>
          {t(
            report.isCommitted
              ? 'admin.subscribers.import.added'
              : 'admin.subscribers.import.toAdd',
            {
              count: report.added,
            },
          )}
        </li>
        <li>
          {t(
            report.isCommitted
              ? 'admin.subscribers.import.updated'
              : 'admin.subscribers.import.toUpdate',
            { count: report.updated },
          )}
        </li>
        {report.unsubscribedLines.length > 0 && (
          <li>
            {t('admin.subscribers.import.unsubscribed', {
              count: report.unsubscribedLines.length,
              lines: report.unsubscribedLines.slice(0, PROBLEMS_SHOWN).join(', '),
            })}
          </li>
        )}
      </ul>
      {shown.length > 0 && (
        <>
          <p>{t('admin.subscribers.import.fixAndRetry', { count: report.problems.length })}</p>
          <ul>
            {shown.map((entry: { line: number; problem: Problem }) => (
              <li>
                {t('admin.subscribers.import.lineProblem', {
                  line: entry.line,
                  problem: problemText(entry.problem, i18n),
                })}
              </li>
            ))}
          </ul>
          {hidden > 0 && <p>{t('admin.subscribers.import.moreProblems', { count: hidden })}</p>}
        </>
      )}
    </section>
  );
}

/**
 * `/admin/subscribers/import`: a CSV upload, checked first by default (counts and problems,
 * nothing written), imported when asked.
 */
export function SubscriberImportPage(props: {
  chrome: AdminChrome;
  report?: ImportReport;
  /** A refusal of the file as a whole (not UTF-8, too large, no header …). */
  refusal?: { message: string; errors: Record<string, string> };
  mode: ImportMode;
}) {
  const { chrome } = props;
  const i18n = chrome.i18n;
  const { t } = i18n;
  return (
    <AdminLayout chrome={chrome} title={t('admin.subscribers.import.title')}>
      <p>
        <a href="/admin/subscribers">{t('admin.subscribers.import.back')}</a>
      </p>
      {props.refusal && (
        <ErrorSummary
          formId={FORM_ID}
          message={props.refusal.message}
          errors={props.refusal.errors}
          labels={{ file: t('admin.subscribers.import.file') }}
        />
      )}
      {props.report && <Report report={props.report} i18n={i18n} />}
      <section aria-labelledby="import-how">
        <h2 id="import-how">{t('admin.subscribers.import.how')}</h2>
        <p>{t('admin.subscribers.import.consentRule')}</p>
        <ul>
          <li>{t('admin.subscribers.import.column.email')}</li>
          <li>{t('admin.subscribers.import.column.consentAt')}</li>
          <li>{t('admin.subscribers.import.column.consentText')}</li>
          <li>{t('admin.subscribers.import.column.optional')}</li>
        </ul>
        <p>{t('admin.subscribers.import.existing')}</p>
      </section>
      {/* The token comes before the file: it is checked before the file is read. */}
      <form
        method="post"
        action="/admin/subscribers/import"
        enctype="multipart/form-data"
        id={FORM_ID}
      >
        <CsrfField token={chrome.csrfToken} />
        <fieldset>
          <legend>{t('admin.subscribers.import.mode')}</legend>
          <label class="choice" for="import-mode-check">
            <input
              type="radio"
              id="import-mode-check"
              name="mode"
              value="check"
              checked={props.mode === 'check'}
            />{' '}
            {t('admin.subscribers.import.mode.check')}
          </label>
          <label class="choice" for="import-mode-import">
            <input
              type="radio"
              id="import-mode-import"
              name="mode"
              value="import"
              checked={props.mode === 'import'}
            />{' '}
            {t('admin.subscribers.import.mode.import')}
          </label>
        </fieldset>
        <div class="field">
          <label for="import-file">{t('admin.subscribers.import.file')}</label>
          <input
            type="file"
            id="import-file"
            name="file"
            accept=".csv,text/csv"
            required
            aria-describedby="import-file-hint"
            aria-invalid={props.refusal?.errors.file ? 'true' : undefined}
          />
          <p class="hint" id="import-file-hint">
            {t('admin.subscribers.import.file.hint')}
          </p>
        </div>
        <button type="submit">{t('admin.subscribers.import.submit')}</button>
      </form>
    </AdminLayout>
  );
}
