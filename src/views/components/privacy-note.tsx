import type { SiteChrome } from '../view-context.ts';

/**
 * "How we use your data", linking the privacy page: beside the submit button of every public
 * form that takes an email address (comments, following, registering, signing).
 */
export function PrivacyNote({ chrome }: { chrome: SiteChrome }) {
  return (
    <p class="privacy-note">
      <a href={chrome.localPath('/privacy')}>{chrome.i18n.t('privacy.note')}</a>
    </p>
  );
}
