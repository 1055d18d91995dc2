import { IANAZone } from 'luxon';
import { COUNTRY_TIME_ZONES } from '../../domain/labels/country-time-zones.ts';
import type { RegistrationState } from '../../domain/registrations/registration-event.ts';
import {
  MAX_ANSWER_LENGTH,
  MAX_COUNTRY_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_ORGANIZATION_LENGTH,
} from '../../domain/registrations/registration-input.ts';
import { formatShortStart, utcOffsetLabel } from '../types/event/event-time.ts';
import { type Problem, problemText } from '../../lib/problems.ts';
import type { MessageKey } from '../../lib/i18n/translator.ts';
import type { SiteChrome } from '../view-context.ts';
import { PrivacyNote } from './privacy-note.tsx';

/** What the event page's registration section shows: plain data, never the joining link. */
export interface RegistrationSectionView {
  state: RegistrationState;
  /** The organiser's questions, in order: `answer_0` answers the first. */
  questions: string[];
  /** The form's signed drawing time (see form-stamp.ts). */
  stamp: string;
  /** Places in all; null for no limit. */
  capacity: number | null;
  /** When registration closes and when the event starts (UTC), and the event's zone. */
  closesAt: string;
  startsAt: string;
  zone: string;
}

/** What the reader typed, given back after a refusal. */
export interface RegistrationFormValues {
  name: string;
  email: string;
  organization: string;
  country: string;
  time_zone: string;
  answers: string[];
}

export interface RegistrationFormRefusal {
  problem: Problem;
  fields: Readonly<Record<string, Problem>>;
}

export const REGISTRATION_SECTION_ID = 'register';

/**
 * Zones offered besides "my country's": the network's countries and their neighbours, then a
 * few where partners meet. Anyone else keeps their country's zone, or the event's.
 */
const OTHER_ZONES = ['Europe/London', 'Europe/Brussels', 'America/New_York', 'UTC'];

const TEXT_FIELDS = [
  { name: 'name', label: 'registrations.form.name', autocomplete: 'name', max: MAX_NAME_LENGTH },
  {
    name: 'email',
    label: 'registrations.form.email',
    autocomplete: 'email',
    max: MAX_EMAIL_LENGTH,
  },
  {
    name: 'organization',
    label: 'registrations.form.organization',
    autocomplete: 'organization',
    max: MAX_ORGANIZATION_LENGTH,
  },
  {
    name: 'country',
    label: 'registrations.form.country',
    autocomplete: 'country-name',
    max: MAX_COUNTRY_LENGTH,
  },
] as const satisfies readonly {
  name: string;
  label: MessageKey;
  autocomplete: string;
  max: number;
}[];

const HINTS: Partial<Record<string, MessageKey>> = {
  email: 'registrations.form.emailHint',
  organization: 'registrations.form.organizationHint',
  time_zone: 'registrations.form.timeZoneHint',
};

/** "Kathmandu" from `Asia/Kathmandu`: the place a zone is named after. */
export function zonePlace(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}

function zoneChoices(section: RegistrationSectionView, typed: string): string[] {
  const zones = new Set([section.zone, ...COUNTRY_TIME_ZONES, ...OTHER_ZONES]);
  // A zone sent earlier stays chosen when the form comes back (if it is one).
  if (typed && IANAZone.isValidZone(typed)) zones.add(typed);
  return [...zones];
}

/** Places left, the waiting list, when it closes; or that it is closed. */
function RegistrationStatus({
  chrome,
  section,
}: {
  chrome: SiteChrome;
  section: RegistrationSectionView;
}) {
  const { i18n } = chrome;
  const { state } = section;
  if (state.kind !== 'open') {
    return <p class="registration-status">{i18n.t('registrations.form.closed')}</p>;
  }
  // The page is cached until the event fills (see isPageChangedByCount), so it says how many
  // places there are, or that they are taken, never a count of places left that may be stale.
  return (
    <p class="registration-status">
      {section.capacity !== null &&
        (state.waitingList
          ? i18n.t('registrations.form.full')
          : i18n.t('registrations.form.capacity', { count: section.capacity }))}{' '}
      {i18n.t('registrations.form.closesAt', {
        time: formatShortStart(section.closesAt, section.zone, i18n.locale),
      })}
    </p>
  );
}

/**
 * The registration form: a plain POST that works without JavaScript, one field per line at
 * 360 px. A refused post comes back with what was typed and an error summary linking to each
 * field (GOV.UK's pattern). `website` is the honeypot; `stamp` the signed drawing time.
 */
export function RegistrationForm({
  chrome,
  action,
  section,
  values,
  refusal,
}: {
  chrome: SiteChrome;
  /** `/events/:slug/register` in the page's language. */
  action: string;
  section: RegistrationSectionView;
  values?: RegistrationFormValues;
  refusal?: RegistrationFormRefusal;
}) {
  const { i18n } = chrome;
  const { state } = section;
  if (state.kind !== 'open') return <RegistrationStatus chrome={chrome} section={section} />;
  const fieldProblem = (name: string) => {
    const found = refusal?.fields[name];
    return found ? problemText(found, i18n) : undefined;
  };
  const inputId = (name: string) => `registration-${name}`;
  const errorId = (name: string) => `registration-${name}-error`;
  const describedBy = (name: string) =>
    [HINTS[name] || name.startsWith('answer_') ? `${inputId(name)}-hint` : '']
      .concat(refusal?.fields[name] ? errorId(name) : '')
      .filter(Boolean)
      .join(' ') || undefined;
  const invalid = (name: string) => (refusal?.fields[name] ? 'true' : undefined);
  const labelled = [
    ...TEXT_FIELDS.map((field) => ({ name: field.name as string, label: i18n.t(field.label) })),
    { name: 'time_zone', label: i18n.t('registrations.form.timeZone') },
    ...section.questions.map((question, index) => ({ name: `answer_${index}`, label: question })),
  ];
  const FieldTop = ({ name, label }: { name: string; label: string }) => {
    const hint = HINTS[name];
    return (
      <>
        <label for={inputId(name)}>{label}</label>
        {hint && (
          <span class="hint" id={`${inputId(name)}-hint`}>
            {i18n.t(hint)}
          </span>
        )}
        {fieldProblem(name) && (
          <span class="field-error" id={errorId(name)}>
            {fieldProblem(name)}
          </span>
        )}
      </>
    );
  };
  const typedZone = values?.time_zone ?? '';
  return (
    <form class="comment-form registration-form" method="post" action={action}>
      {refusal && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h3>{i18n.t('registrations.form.errorSummary')}</h3>
          <p>{problemText(refusal.problem, i18n)}</p>
          <ul>
            {labelled
              .filter((field) => refusal.fields[field.name])
              .map((field) => (
                <li>
                  <a href={`#${inputId(field.name)}`}>
                    {i18n.t('registrations.form.fieldProblem', {
                      field: field.label,
                      problem: fieldProblem(field.name) ?? '',
                    })}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      )}
      <RegistrationStatus chrome={chrome} section={section} />
      <input type="hidden" name="stamp" value={section.stamp} />
      {TEXT_FIELDS.map((field) => (
        <p class="comment-field">
          <FieldTop name={field.name} label={i18n.t(field.label)} />
          <input
            id={inputId(field.name)}
            name={field.name}
            type={field.name === 'email' ? 'email' : 'text'}
            autocomplete={field.autocomplete}
            required={field.name === 'name' || field.name === 'email'}
            maxLength={field.max}
            value={values?.[field.name] ?? ''}
            list={field.name === 'country' ? 'registration-countries' : undefined}
            aria-describedby={describedBy(field.name)}
            aria-invalid={invalid(field.name)}
          />
        </p>
      ))}
      <datalist id="registration-countries">
        {chrome.countries.map((country) => (
          <option value={country.name} />
        ))}
      </datalist>
      <p class="comment-field">
        <FieldTop name="time_zone" label={i18n.t('registrations.form.timeZone')} />
        <select
          id={inputId('time_zone')}
          name="time_zone"
          aria-describedby={describedBy('time_zone')}
          aria-invalid={invalid('time_zone')}
        >
          <option value="" selected={typedZone === ''}>
            {i18n.t('registrations.form.timeZoneFromCountry')}
          </option>
          {zoneChoices(section, typedZone).map((zone) => (
            <option value={zone} selected={zone === typedZone}>
              {i18n.t('registrations.form.timeZoneOption', {
                place: zonePlace(zone),
                offset: utcOffsetLabel(section.startsAt, zone),
              })}
            </option>
          ))}
        </select>
      </p>
      {section.questions.map((question, index) => {
        const name = `answer_${index}`;
        return (
          <p class="comment-field">
            <label for={inputId(name)}>{question}</label>
            <span class="hint" id={`${inputId(name)}-hint`}>
              {i18n.t('registrations.form.answerHint')}
            </span>
            {fieldProblem(name) && (
              <span class="field-error" id={errorId(name)}>
                {fieldProblem(name)}
              </span>
            )}
            <textarea
              id={inputId(name)}
              name={name}
              rows={3}
              maxLength={MAX_ANSWER_LENGTH}
              aria-describedby={describedBy(name)}
              aria-invalid={invalid(name)}
            >
              {values?.answers[index] ?? ''}
            </textarea>
          </p>
        );
      })}
      {/* The honeypot: off screen and out of the tab order; a robot fills every field. */}
      <p class="comment-trap" aria-hidden="true">
        <label for="registration-website">{i18n.t('registrations.form.honeypot')}</label>
        <input id="registration-website" name="website" tabindex={-1} autocomplete="off" value="" />
      </p>
      <p class="comment-privacy">
        {i18n.t('registrations.form.privacy')} {i18n.t('registrations.form.confirmNote')}
      </p>
      <button type="submit">
        {i18n.t(
          state.waitingList ? 'registrations.form.submitWaiting' : 'registrations.form.submit',
        )}
      </button>
      <PrivacyNote chrome={chrome} />
    </form>
  );
}

/** The section under an event's programme: heading, status, and the form while open. */
export function RegistrationSection({
  chrome,
  action,
  section,
}: {
  chrome: SiteChrome;
  action: string;
  section: RegistrationSectionView;
}) {
  if (section.state.kind === 'not-taking') return null;
  return (
    <section
      class="registration"
      id={REGISTRATION_SECTION_ID}
      aria-labelledby="registration-heading"
    >
      <h2 id="registration-heading">{chrome.i18n.t('registrations.form.heading')}</h2>
      <RegistrationForm chrome={chrome} action={action} section={section} />
    </section>
  );
}
