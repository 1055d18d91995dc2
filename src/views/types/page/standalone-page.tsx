import { ItemPageLayout, type ItemPageProps } from '../../layouts/item-page-layout.tsx';

/**
 * A standalone page ("About us", "Join the campaign"). It is not news, so readers are told
 * when it was last changed rather than when it was first published.
 */
export function StandalonePage(props: ItemPageProps) {
  const { chrome, item } = props;
  const { i18n } = chrome;
  return (
    <ItemPageLayout {...props} ogType="website" isDated={false}>
      <p class="meta page-updated">
        {i18n.t('page.updatedOn')}{' '}
        <time datetime={item.updatedAt}>{i18n.formatDate(item.updatedAt, 'long')}</time>
      </p>
    </ItemPageLayout>
  );
}
