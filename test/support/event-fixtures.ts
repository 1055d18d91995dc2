import { DateTime } from 'luxon';
import type { Db } from '../../src/db/connection.ts';
import { createContentItem } from '../../src/domain/content/content-service.ts';
import { createOrganization } from '../../src/domain/organizations/organization-service.ts';

/** The wall-clock `YYYY-MM-DDTHH:MM` in `zone`, `hours` from now (negative: in the past). */
export function wallClockFromNow(hours: number, zone: string): string {
  return DateTime.now().setZone(zone).plus({ hours }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** A published event; fields default to a one-hour meeting in New York. */
export async function createEvent(
  db: Db,
  options: {
    title: string;
    slug?: string;
    startsAt: string;
    endsAt: string;
    timeZone?: string;
    status?: 'published' | 'draft';
    fields?: Record<string, unknown>;
    html?: string;
  },
): Promise<string> {
  return createContentItem(db, {
    type: 'event',
    title: options.title,
    slug: options.slug,
    html: options.html ?? `<p>About ${options.title}.</p>`,
    status: options.status ?? 'published',
    publishedAt: '2021-01-01T00:00:00.000Z',
    fields: {
      startsAt: options.startsAt,
      endsAt: options.endsAt,
      timeZone: options.timeZone ?? 'America/New_York',
      ...options.fields,
    },
  });
}

/** The webinar of the source documents: 08:30–09:45 in New York, with its programme. */
export async function createWebinar(db: Db): Promise<string> {
  await createOrganization(db, {
    acronym: 'GEFONT',
    name: 'General Federation of Nepalese Trade Unions',
    kind: 'trade-union',
    relationship: 'member',
    country: null,
  });
  return createEvent(db, {
    title: 'Social protection floor webinar',
    slug: 'social-protection-floor-webinar',
    startsAt: '2021-05-12T08:30',
    endsAt: '2021-05-12T09:45',
    html: '<p>A webinar on <strong>floors</strong> of social protection.</p>',
    fields: {
      location: 'Online (Zoom)',
      organisers: ['GEFONT'],
      moderator: { name: 'Asha Rai', role: 'Coordinator', organization: 'GEFONT' },
      programme: [
        {
          title: 'Opening',
          speakers: [{ name: 'Binod Shrestha', role: 'President', organization: 'GEFONT' }],
        },
        { title: 'Country reports; discussion', speakers: [{ name: 'Mira Das' }] },
      ],
      registrationUrl: 'https://example.org/register',
      registrationInstructions: 'Registered participants receive the link.',
      contact: 'events@example.org',
    },
  });
}
