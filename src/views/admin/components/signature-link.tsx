import { useAdminI18n } from '../admin-i18n.ts';

/**
 * The way from a call to action's edit page to its signatures, naming how many organisations
 * wait for a decision ("Signatures (3 held)").
 */
export function SignaturesLink({ itemId, held }: { itemId: string; held: number }) {
  const i18n = useAdminI18n();
  return (
    <p>
      <a href={`/admin/statements/${itemId}/signatures`}>
        {i18n.t('admin.signatures.link', { held })}
      </a>
    </p>
  );
}
