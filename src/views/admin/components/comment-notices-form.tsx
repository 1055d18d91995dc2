import { useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';

/** The account page's choice: emails about new comments on one's own items. */
export function CommentNoticesForm(props: { csrfToken: string; isWanted: boolean }) {
  const { t } = useAdminI18n();
  return (
    <form method="post" action="/admin/account/comment-notices" class="account-form">
      <CsrfField token={props.csrfToken} />
      <div class="field">
        <label class="choice" for="account-notifyComments">
          <input
            id="account-notifyComments"
            type="checkbox"
            name="notifyComments"
            value="yes"
            checked={props.isWanted}
            aria-describedby="account-notifyComments-hint"
          />{' '}
          {t('admin.comments.account.notify')}
        </label>
        <p class="hint" id="account-notifyComments-hint">
          {t('admin.comments.account.notify.hint')}
        </p>
      </div>
      <button type="submit">{t('admin.comments.account.save')}</button>
    </form>
  );
}
