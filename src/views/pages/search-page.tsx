import { CONTENT_TYPES, isNewsType } from '../../domain/content-types/content-type-registry.ts';
import type { SearchOutcome, SearchResult } from '../../domain/search/search-service.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { langWhereDifferent } from '../components/item-language.tsx';
import { LabelList } from '../components/label-list.tsx';
import { MarkedText } from '../components/marked-text.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';
import { useLocalPath } from '../components/local-path.ts';

type SearchState = { q: string; country: string; theme: string; type: string; year: string };
type FilterName = Exclude<keyof SearchState, 'q'>;

function stateOf(outcome: SearchOutcome): SearchState {
  const { filters } = outcome;
  return {
    q: outcome.query,
    country: filters.country?.slug ?? '',
    theme: filters.theme?.slug ?? '',
    type: filters.type ?? '',
    year: filters.year ? String(filters.year) : '',
  };
}

/** The address of a search: its words and filters, with `changes` applied; page 1 unless given. */
export function searchHref(
  state: SearchState,
  changes: Partial<SearchState> = {},
  page = 1,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...state, ...changes })) {
    if (value) params.set(name, value);
  }
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

interface FilterOption {
  value: string;
  name: string;
}

function filterOptions(
  chrome: SiteChrome,
  outcome: SearchOutcome,
): Record<FilterName, FilterOption[]> {
  const { i18n } = chrome;
  return {
    country: chrome.countries.map((label) => ({ value: label.slug, name: label.name })),
    theme: chrome.themes.map((label) => ({ value: label.slug, name: label.name })),
    type: CONTENT_TYPES.map((type) => ({ value: type, name: i18n.t(`type.${type}`) })),
    year: outcome.years.map((year) => ({ value: String(year), name: String(year) })),
  };
}

const FILTER_NAMES: FilterName[] = ['country', 'theme', 'type', 'year'];
const FILTER_WORDS = {
  country: { label: 'search.country', any: 'search.anyCountry' },
  theme: { label: 'search.theme', any: 'search.anyTheme' },
  type: { label: 'search.type', any: 'search.anyType' },
  year: { label: 'search.year', any: 'search.anyYear' },
} as const;

function SearchForm({
  state,
  options,
  i18n,
}: {
  state: SearchState;
  options: Record<FilterName, FilterOption[]>;
  i18n: Translator;
}) {
  const localPath = useLocalPath();
  return (
    <form class="search-form" action={localPath('/search')} method="get">
      <div class="search-words">
        <label for="search-q">{i18n.t('search.query')}</label>
        <input
          id="search-q"
          type="search"
          name="q"
          value={state.q}
          maxLength={500}
          aria-describedby="search-hint"
        />
        <p id="search-hint" class="meta">
          {i18n.t('search.hint')}
        </p>
      </div>
      {FILTER_NAMES.map((name) => (
        <div>
          <label for={`search-${name}`}>{i18n.t(FILTER_WORDS[name].label)}</label>
          <select id={`search-${name}`} name={name}>
            <option value="">{i18n.t(FILTER_WORDS[name].any)}</option>
            {options[name].map((option) => (
              <option value={option.value} selected={option.value === state[name]}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div class="search-submit">
        <button type="submit">{i18n.t('search.submit')}</button>
      </div>
    </form>
  );
}

/**
 * The filters in use, each with a link that removes it. The form above is the one place to
 * choose filters; these links only undo them in one step.
 */
function ActiveFilters({
  state,
  options,
  i18n,
}: {
  state: SearchState;
  options: Record<FilterName, FilterOption[]>;
  i18n: Translator;
}) {
  const localPath = useLocalPath();
  const active = FILTER_NAMES.filter((name) => state[name]);
  if (active.length === 0) return null;
  return (
    <section class="search-filters" aria-labelledby="active-filters">
      <h2 id="active-filters">{i18n.t('search.activeFilters')}</h2>
      <ul>
        {active.map((name) => {
          const option = options[name].find((candidate) => candidate.value === state[name]);
          return (
            <li>
              <a href={localPath(searchHref(state, { [name]: '' }))}>
                {i18n.t('search.removeFilter', { name: option?.name ?? state[name] })}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ResultItem({ result, i18n }: { result: SearchResult; i18n: Translator }) {
  const localPath = useLocalPath();
  const { item } = result;
  return (
    <li>
      <article>
        <p class="kicker">
          {i18n.t(`type.${item.type}`)}
          {/* The publication date of an organisation or a page means nothing to readers. */}
          {isNewsType(item.type) && (
            <>
              {' · '}
              <time datetime={item.publishedAt}>{i18n.formatDate(item.publishedAt)}</time>
            </>
          )}
        </p>
        <h3 class="summary-title">
          <a href={localPath(item.path)} lang={langWhereDifferent(item.locale, i18n.locale)}>
            <MarkedText segments={result.title} />
          </a>
        </h3>
        <p class="excerpt">
          <MarkedText segments={result.snippet} />
        </p>
        <LabelList labels={item.labels} title={i18n.t('post.labels')} />
      </article>
    </li>
  );
}

/** `/search`: the form with its filters, the filters in use, and one page of ranked results. */
export function SearchPage({ chrome, outcome }: { chrome: SiteChrome; outcome: SearchOutcome }) {
  const { i18n } = chrome;
  const state = stateOf(outcome);
  const options = filterOptions(chrome, outcome);
  const { page, pageCount, total, perPage } = outcome.pagination;
  const title = state.q ? i18n.t('search.titleFor', { query: state.q }) : i18n.t('search.title');
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: page === 1 ? title : i18n.t('listing.pageTitle', { title, page }),
        description: i18n.t('search.description'),
        path: searchHref(state, {}, page),
        isIndexable: false,
      }}
    >
      <h1>{i18n.t('search.title')}</h1>
      <SearchForm state={state} options={options} i18n={i18n} />
      <ActiveFilters state={state} options={options} i18n={i18n} />
      <h2 id="search-results-title">{i18n.t('search.results')}</h2>
      <p role="status">
        {!outcome.hasCriteria
          ? i18n.t('search.prompt')
          : total === 0
            ? i18n.t('search.nothingFound')
            : outcome.isTotalCapped
              ? i18n.t('search.countCapped', { count: total })
              : i18n.t('search.count', { count: total })}
      </p>
      {outcome.results.length > 0 && (
        <ol
          class="search-results"
          start={(page - 1) * perPage + 1}
          aria-labelledby="search-results-title"
        >
          {outcome.results.map((result) => (
            <ResultItem result={result} i18n={i18n} />
          ))}
        </ol>
      )}
      {pageCount > 1 && (
        <nav class="pagination" aria-label={i18n.t('pagination.label')}>
          {page > 1 && (
            <a href={chrome.localPath(searchHref(state, {}, page - 1))} rel="prev">
              ← {i18n.t('search.previous')}
            </a>
          )}
          <span>{i18n.t('pagination.pageOf', { page, pageCount })}</span>
          {page < pageCount && (
            <a href={chrome.localPath(searchHref(state, {}, page + 1))} rel="next">
              {i18n.t('search.next')} →
            </a>
          )}
        </nav>
      )}
    </SiteLayout>
  );
}
