import type { MessageKey, Translator } from '../../../lib/i18n/translator.ts';
import { type Problem, problemText } from '../../../lib/problems.ts';
import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';

/** What a refusal is called, by its status, in the reader's language ("Page not found"). */
function errorTitle(statusCode: number, { t }: Translator): string {
  const titles: Record<number, MessageKey> = {
    401: 'error.unauthorizedTitle',
    403: 'error.forbiddenTitle',
    404: 'error.notFoundTitle',
    410: 'error.goneTitle',
    413: 'error.tooLargeTitle',
    422: 'error.invalidTitle',
    429: 'error.tooManyTitle',
    503: 'error.busyTitle',
  };
  const fallback = statusCode < 500 ? 'error.badRequestTitle' : 'error.serverTitle';
  return t(titles[statusCode] ?? fallback);
}

/** What went wrong, in the admin's language where the error says it as a code. */
function errorMessage(
  { statusCode, problem, message }: { statusCode: number; problem?: Problem; message: string },
  i18n: Translator,
): string {
  if (statusCode === 404) return i18n.t('error.notFoundMessage');
  if (statusCode >= 500) return i18n.t('error.serverMessage');
  return problem ? problemText(problem, i18n) : message;
}

/**
 * A refusal or a missing page inside the admin, for someone signed in: the admin's own page,
 * with its navigation, so they can go on working instead of landing on the public site.
 */
export function AdminErrorPage({
  chrome,
  statusCode,
  problem,
  message,
}: {
  chrome: AdminChrome;
  statusCode: number;
  /** The error's message as a code, when it has one. */
  problem?: Problem;
  /** Its words otherwise (what the framework said about a request it could not read). */
  message: string;
}) {
  const { i18n } = chrome;
  return (
    <AdminLayout chrome={chrome} title={errorTitle(statusCode, i18n)}>
      <p>{errorMessage({ statusCode, problem, message }, i18n)}</p>
      <p>
        <a href="/admin">{i18n.t('bulk.backToDesk')}</a>
      </p>
    </AdminLayout>
  );
}
