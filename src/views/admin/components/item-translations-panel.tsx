import type {
  TranslationMember,
  TranslationStatus,
} from '../../../domain/content/translation-status.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { CsrfField } from '../admin-layout.tsx';
import { ItemLanguageField, OTHER_LANGUAGE, languageName } from './item-language-field.tsx';

/** The form ids of the panel: apart from the edit form's (`item-…`). */
const FORM_ID = 'translation';

function MemberLine({ member }: { member: TranslationMember }) {
  const i18n = useAdminI18n();
  const name = languageName(member.language, i18n);
  const facts = [
    member.isOriginal ? i18n.t('translations.panel.original') : null,
    member.isCurrent ? i18n.t('translations.panel.thisItem') : null,
    i18n.t(`status.${member.status}`),
    member.isOutdated ? i18n.t('translations.panel.olderThanOriginal') : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <li class={member.isOutdated ? 'translation is-outdated' : 'translation'}>
      {member.isVisible && !member.isCurrent ? (
        <a href={`/admin/items/${member.id}`} lang={member.language} hreflang={member.language}>
          {name}
        </a>
      ) : (
        <strong lang={member.language}>{name}</strong>
      )}
      {member.title !== null && (
        <>
          {': '}
          <span lang={member.language}>{member.title}</span>
        </>
      )}
      <span class="hint">{` (${facts.join(' · ')})`}</span>
      {!member.isVisible && (
        <span class="hint">{` ${i18n.t('translations.panel.notVisible')}`}</span>
      )}
    </li>
  );
}

/** "Mark as up to date" on a translation its original has moved past. */
function UpToDateForm(props: { itemId: string; csrfToken: string; originalLanguage: string }) {
  const i18n = useAdminI18n();
  const language = languageName(props.originalLanguage, i18n);
  return (
    <form
      method="post"
      action={`/admin/items/${props.itemId}/translation-up-to-date`}
      class="translation-up-to-date"
    >
      <CsrfField token={props.csrfToken} />
      <p class="notice">{i18n.t('translations.panel.outdated', { language })}</p>
      <p class="hint">{i18n.t('translations.panel.markUpToDateHint', { language })}</p>
      <button type="submit">{i18n.t('translations.panel.markUpToDate')}</button>
    </form>
  );
}

/** "Add a translation: [language] [Create]", offering the interface's missing languages first. */
function AddTranslationForm(props: {
  itemId: string;
  csrfToken: string;
  status: TranslationStatus;
}) {
  const i18n = useAdminI18n();
  const { missingLanguages } = props.status;
  return (
    <form
      method="post"
      action={`/admin/items/${props.itemId}/translations`}
      class="translation-add"
    >
      <CsrfField token={props.csrfToken} />
      <ItemLanguageField
        formId={FORM_ID}
        name="language"
        value={missingLanguages[0] ?? OTHER_LANGUAGE}
        languages={missingLanguages}
        label={i18n.t('translations.panel.addHeading')}
        hint={i18n.t('translations.panel.addHint')}
      />
      <button type="submit">{i18n.t('translations.panel.create')}</button>
    </form>
  );
}

/**
 * The item's versions in other languages on its edit page: each with its status, linked to
 * its own edit page when the editor may open it, the ones older than the original flagged;
 * the languages still missing; and the forms to add a translation and, on a translation the
 * original has moved past, to mark it up to date. Outside the edit form (forms cannot nest).
 */
export function ItemTranslationsPanel(props: {
  itemId: string;
  csrfToken: string;
  status: TranslationStatus;
  /** Whether the editor may edit this item (to mark it up to date). */
  canEdit: boolean;
}) {
  const i18n = useAdminI18n();
  const { status } = props;
  const current = status.members.find((member) => member.isCurrent);
  const others = status.members.filter((member) => !member.isCurrent);
  const missing = status.missingLanguages.map((language) => languageName(language, i18n));
  return (
    <section class="item-translations" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{i18n.t('translations.panel.heading')}</h2>
      {others.length === 0 ? (
        <p class="hint">{i18n.t('translations.panel.none')}</p>
      ) : (
        <ul class="translation-list">
          {status.members.map((member) => (
            <MemberLine member={member} />
          ))}
        </ul>
      )}
      {current &&
        !current.isOriginal &&
        status.original &&
        (current.isOutdated && props.canEdit ? (
          <UpToDateForm
            itemId={props.itemId}
            csrfToken={props.csrfToken}
            originalLanguage={status.original.language}
          />
        ) : (
          <p class="hint">
            {current.isOutdated
              ? i18n.t('translations.panel.outdated', {
                  language: languageName(status.original.language, i18n),
                })
              : i18n.t('translations.panel.upToDate')}
          </p>
        ))}
      {missing.length > 0 && (
        <p class="hint">
          {i18n.t('translations.panel.missing', { languages: missing.join(' · ') })}
        </p>
      )}
      {status.canHaveTranslations ? (
        <AddTranslationForm itemId={props.itemId} csrfToken={props.csrfToken} status={status} />
      ) : (
        <p class="hint">{i18n.t('translations.problem.fixedAddress')}</p>
      )}
    </section>
  );
}
