import { useAdminI18n } from '../admin-i18n.ts';
import { SelectField } from './form-fields.tsx';

/**
 * Whether readers may comment on an item: as the site's setting (stored as null, so the item
 * follows a later change of the setting), or open or closed whatever the setting says.
 */
export function ItemCommentsField(props: { formId: string; value?: string; error?: string }) {
  const { t } = useAdminI18n();
  return (
    <SelectField
      formId={props.formId}
      name="commentsMode"
      label={t('admin.comments.itemMode')}
      hint={t('admin.comments.itemMode.hint')}
      options={[
        { value: '', label: t('admin.comments.itemMode.site') },
        { value: 'open', label: t('admin.comments.itemMode.open') },
        { value: 'closed', label: t('admin.comments.itemMode.closed') },
      ]}
      value={props.value ?? ''}
      error={props.error}
    />
  );
}
