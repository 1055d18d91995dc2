import type { Newsletter } from '../../../domain/newsletters/newsletter-service.ts';
import { type AdminChrome, AdminLayout, CsrfField } from '../admin-layout.tsx';

/**
 * The email as subscribers will get it: its HTML part in a sandboxed frame (served by its own
 * address with a policy that allows its inline styles and nothing else), its text part below.
 */
export function NewsletterPreviewPage({
  chrome,
  newsletter,
  subject,
  text,
}: {
  chrome: AdminChrome;
  newsletter: Newsletter;
  subject: string;
  text: string;
}) {
  const { i18n } = chrome;
  const base = `/admin/newsletters/${newsletter.id}`;
  return (
    <AdminLayout chrome={chrome} title={i18n.t('newsletters.preview.title', { subject })}>
      <p>
        <a href={base}>{i18n.t('newsletters.preview.back')}</a>
      </p>
      <h2>{i18n.t('newsletters.preview.html')}</h2>
      <iframe
        class="preview-frame"
        src={`${base}/email.html`}
        title={i18n.t('newsletters.preview.frameTitle')}
        sandbox=""
      />
      <p class="hint">{i18n.t('newsletters.preview.footerHint')}</p>
      <h2>{i18n.t('newsletters.preview.text')}</h2>
      <pre class="preview-text">{text}</pre>
    </AdminLayout>
  );
}

/** The last step before sending: says to how many, and sends only from this form. */
export function NewsletterSendPage({
  chrome,
  newsletter,
  recipientCount,
}: {
  chrome: AdminChrome;
  newsletter: Newsletter;
  recipientCount: number;
}) {
  const { i18n } = chrome;
  const base = `/admin/newsletters/${newsletter.id}`;
  return (
    <AdminLayout chrome={chrome} title={i18n.t('newsletters.send.title')}>
      <p>
        {i18n.t('newsletters.send.question', {
          subject: newsletter.subject,
          count: recipientCount,
        })}
      </p>
      <p class="hint">{i18n.t('newsletters.send.hint')}</p>
      <form method="post" action={`${base}/send`} class="actions">
        <CsrfField token={chrome.csrfToken} />
        <button type="submit">
          {i18n.t('newsletters.send.confirm', { count: recipientCount })}
        </button>
        <a href={base}>{i18n.t('newsletters.send.cancel')}</a>
      </form>
    </AdminLayout>
  );
}
