import type { ItemAction } from '../../../domain/auth/permissions.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';

/**
 * "Move to trash" on an item's edit page, for whoever may edit it (the server checks again).
 * Its own form, outside the edit form: trashing keeps the item as last saved.
 */
export function ItemTrashButton({
  itemId,
  csrfToken,
  allowed,
}: {
  itemId: string;
  csrfToken: string;
  /** What the user may do with the item: trashing is for whoever may edit it. */
  allowed: Record<ItemAction, boolean>;
}) {
  const i18n = useAdminI18n();
  if (!allowed.edit) return null;
  return (
    <form method="post" action={`/admin/items/${itemId}/trash`} class="item-trash">
      <CsrfField token={csrfToken} />
      <p class="hint">{i18n.t('admin.trashButton.hint')}</p>
      <button type="submit" class="danger">
        {i18n.t('admin.trashButton.submit')}
      </button>
    </form>
  );
}
