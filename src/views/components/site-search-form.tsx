import type { Translator } from '../../lib/i18n/translator.ts';

/**
 * The header's search box: a plain GET form, so it works without JavaScript. From a tablet's
 * width up; a phone gets the header's search link instead (the search page has the full form).
 */
export function SiteSearchForm({ i18n, action }: { i18n: Translator; action: string }) {
  return (
    <form
      class="site-search"
      role="search"
      action={action}
      method="get"
      aria-label={i18n.t('site.searchLabel')}
    >
      <label for="site-search-q" class="visually-hidden">
        {i18n.t('site.searchLabel')}
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        maxLength={500}
        placeholder={i18n.t('site.searchPlaceholder')}
      />
      <button type="submit">{i18n.t('site.search')}</button>
    </form>
  );
}
