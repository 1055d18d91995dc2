import type { EventPerson } from '../../../domain/content-types/event-fields.ts';
import type { ContentDetail } from '../../../domain/content/content-item.ts';
import { eventFieldsOf, hasEventEnded } from '../../../domain/events/event-timing.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { OrganizationLinks, mentionsIn } from '../../components/organization-links.tsx';
import { ItemPageLayout, type ItemPageProps } from '../../layouts/item-page-layout.tsx';
import { EventWhen } from './event-when.tsx';
import {
  REGISTRATION_SECTION_ID,
  RegistrationSection,
  type RegistrationSectionView,
} from '../../components/registration-form.tsx';

/** The address of an event's iCalendar file. */
export function eventIcsPath(item: Pick<ContentDetail, 'path'>): string {
  return `${item.path}.ics`;
}

/** "Name, role, organisation", leaving out what is not known. */
export function personLine(person: EventPerson): string {
  return [person.name, person.role, person.organization].filter(Boolean).join(', ');
}

/** A contact given as an e-mail address or a web address becomes a link; other text stays. */
function Contact({ contact }: { contact: string }) {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) {
    return <a href={`mailto:${contact}`}>{contact}</a>;
  }
  if (/^https?:\/\/\S+$/.test(contact)) return <a href={contact}>{contact}</a>;
  return <>{contact}</>;
}

function Organisers({ item }: { item: ContentDetail }) {
  return <OrganizationLinks organizations={mentionsIn(item, 'organisers')} />;
}

/** When, where, who and how to take part, above the body. */
function EventFacts({
  item,
  i18n,
  registrationHere,
}: {
  item: ContentDetail;
  i18n: Translator;
  /** Registration on the event's own page: the facts point to its form while it is open. */
  registrationHere: RegistrationSectionView['state']['kind'] | null;
}) {
  const fields = eventFieldsOf(item);
  const hasOrganisers = item.organizations.some((mention) => mention.role === 'organisers');
  const hasEnded = hasEventEnded(item);
  // Nobody can take part in an event that is over: its registration is not offered.
  const isOpenHere = registrationHere === 'open';
  // The page's own form replaces a link to registration elsewhere.
  const registrationUrl =
    registrationHere === null || registrationHere === 'not-taking' ? fields.registrationUrl : null;
  const hasRegistration =
    !hasEnded && (isOpenHere || registrationUrl || fields.registrationInstructions);
  return (
    <dl class="facts">
      <dt>{i18n.t('event.when')}</dt>
      <dd data-zone={fields.timeZone} data-your-time={i18n.t('event.yourTime', { time: '{time}' })}>
        {item.startsAt && item.endsAt && (
          <EventWhen
            startsAt={item.startsAt}
            endsAt={item.endsAt}
            zone={fields.timeZone}
            i18n={i18n}
          />
        )}
        {hasEnded && (
          <>
            {' '}
            <strong class="event-past">{i18n.t('event.hasEnded')}</strong>
          </>
        )}
      </dd>
      {fields.location && (
        <>
          <dt>{i18n.t('event.where')}</dt>
          <dd>{fields.location}</dd>
        </>
      )}
      {hasOrganisers && (
        <>
          <dt>{i18n.t('event.organisers')}</dt>
          <dd>
            <Organisers item={item} />
          </dd>
        </>
      )}
      {fields.moderator && (
        <>
          <dt>{i18n.t('event.moderator')}</dt>
          <dd>{personLine(fields.moderator)}</dd>
        </>
      )}
      {hasRegistration && (
        <>
          <dt>{i18n.t('event.registration')}</dt>
          <dd>
            {isOpenHere && (
              <a href={`#${REGISTRATION_SECTION_ID}`}>
                {i18n.t('registrations.form.registerHere')}
              </a>
            )}
            {registrationUrl && <a href={registrationUrl}>{i18n.t('event.register')}</a>}
            {(isOpenHere || registrationUrl) && fields.registrationInstructions && ' · '}
            {fields.registrationInstructions}
          </dd>
        </>
      )}
      {fields.contact && (
        <>
          <dt>{i18n.t('event.contact')}</dt>
          <dd>
            <Contact contact={fields.contact} />
          </dd>
        </>
      )}
    </dl>
  );
}

function Programme({ item, i18n }: { item: ContentDetail; i18n: Translator }) {
  const { programme } = eventFieldsOf(item);
  if (programme.length === 0) return null;
  return (
    <section class="event-programme" aria-labelledby="programme">
      <h2 id="programme">{i18n.t('event.programme')}</h2>
      <ol>
        {programme.map((section) => (
          <li>
            <h3>{section.title}</h3>
            {section.speakers.length > 0 && (
              <ul>
                {section.speakers.map((speaker) => (
                  <li>{personLine(speaker)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * An event's page. `localTimeScriptPath` adds the reader's own time as an enhancement;
 * without it (or without JavaScript) the page still says everything.
 */
export function EventPage(
  props: ItemPageProps & {
    localTimeScriptPath?: string;
    /** Registration on this page (issue 20); absent when the event takes none here. */
    registration?: RegistrationSectionView;
  },
) {
  const { chrome, item, localTimeScriptPath, registration } = props;
  const { i18n } = chrome;
  return (
    <ItemPageLayout
      scripts={localTimeScriptPath ? [localTimeScriptPath] : undefined}
      {...props}
      kicker={i18n.t(hasEventEnded(item) ? 'event.isPast' : 'type.event')}
      // The event's own time is the date that matters; an announcement date would compete.
      isDated={false}
      facts={
        <>
          <EventFacts item={item} i18n={i18n} registrationHere={registration?.state.kind ?? null} />
          <p class="event-ics">
            <a href={eventIcsPath(item)} type="text/calendar">
              {i18n.t('event.addToCalendar')}
            </a>
          </p>
        </>
      }
    >
      <Programme item={item} i18n={i18n} />
      {registration && (
        <RegistrationSection
          chrome={chrome}
          action={chrome.localPath(`${item.path}/register`)}
          section={registration}
        />
      )}
    </ItemPageLayout>
  );
}
