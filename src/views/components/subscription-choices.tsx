import type { SubscriptionChoices } from '../../domain/subscriptions/subscription-service.ts';
import { type Problem, problemText } from '../../lib/problems.ts';
import type { MessageKey } from '../../lib/i18n/translator.ts';
import type { SiteChrome } from '../view-context.ts';
import { endonymOf } from './item-language.tsx';

/** What a reader may follow: the site's countries and themes, and its items' languages. */
export interface SubscriptionOptions {
  countries: { slug: string; name: string }[];
  themes: { slug: string; name: string }[];
  /** Offered only when the site has items in more than one language. */
  languages: string[];
}

/** Why a form was refused: the whole, and each field at fault. */
export interface SubscriptionRefusal {
  problem: Problem;
  fields: Readonly<Record<string, Problem>>;
}

function FieldProblem({
  chrome,
  refusal,
  name,
}: {
  chrome: SiteChrome;
  refusal?: SubscriptionRefusal;
  name: string;
}) {
  const found = refusal?.fields[name];
  if (!found) return null;
  return (
    <p class="subscribe-error" id={`subscribe-${name}-error`}>
      {problemText(found, chrome.i18n)}
    </p>
  );
}

function Checkboxes({
  chrome,
  name,
  legend,
  hint,
  options,
  checked,
  refusal,
}: {
  chrome: SiteChrome;
  name: 'country' | 'theme' | 'language';
  legend: MessageKey;
  hint: MessageKey;
  options: { value: string; name: string; lang?: string }[];
  checked: readonly string[];
  refusal?: SubscriptionRefusal;
}) {
  const { i18n } = chrome;
  if (options.length === 0) return null;
  return (
    <fieldset class="subscribe-choices" aria-describedby={`subscribe-${name}-hint`}>
      <legend>{i18n.t(legend)}</legend>
      <p class="subscribe-hint" id={`subscribe-${name}-hint`}>
        {i18n.t(hint)}
      </p>
      <FieldProblem chrome={chrome} refusal={refusal} name={name} />
      <ul>
        {options.map((option) => (
          <li>
            <label lang={option.lang}>
              <input
                type="checkbox"
                name={name}
                value={option.value}
                checked={checked.includes(option.value)}
              />{' '}
              {option.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The choices of a subscription, shared by the form and the preferences page: countries,
 * themes, languages (none chosen: all), and how often. Plain checkboxes and radios: no
 * script, and each is its own label's target, easy to hit on a phone.
 */
export function SubscriptionChoicesFields({
  chrome,
  options,
  choices,
  refusal,
}: {
  chrome: SiteChrome;
  options: SubscriptionOptions;
  choices: SubscriptionChoices;
  refusal?: SubscriptionRefusal;
}) {
  const { i18n } = chrome;
  const toOption = (label: { slug: string; name: string }) => ({
    value: label.slug,
    name: label.name,
  });
  return (
    <>
      <Checkboxes
        chrome={chrome}
        name="country"
        legend="subscriptions.countries"
        hint="subscriptions.countriesHint"
        options={options.countries.map(toOption)}
        checked={choices.countries}
        refusal={refusal}
      />
      <Checkboxes
        chrome={chrome}
        name="theme"
        legend="subscriptions.themes"
        hint="subscriptions.themesHint"
        options={options.themes.map(toOption)}
        checked={choices.themes}
        refusal={refusal}
      />
      {options.languages.length > 1 && (
        <Checkboxes
          chrome={chrome}
          name="language"
          legend="subscriptions.languages"
          hint="subscriptions.languagesHint"
          options={options.languages.map((tag) => ({
            value: tag,
            name: endonymOf(tag),
            lang: tag,
          }))}
          checked={choices.languages}
          refusal={refusal}
        />
      )}
      <fieldset class="subscribe-choices">
        <legend>{i18n.t('subscriptions.frequency')}</legend>
        <FieldProblem chrome={chrome} refusal={refusal} name="frequency" />
        <ul>
          {(['instant', 'weekly'] as const).map((frequency) => (
            <li>
              <label>
                <input
                  type="radio"
                  name="frequency"
                  value={frequency}
                  checked={choices.frequency === frequency}
                />{' '}
                {i18n.t(`subscriptions.frequency.${frequency}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
