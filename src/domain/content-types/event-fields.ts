import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { segmentAddress } from './type-addresses.ts';
import {
  localDateTimeSchema,
  optionalText,
  organizationRefsSchema,
  requiredText,
  timeZoneSchema,
  utcInstant,
  webAddressSchema,
} from './field-schemas.ts';
import { aboutOrganizationsControl } from './type-form.ts';

export const personSchema = z.strictObject({
  name: requiredText(200),
  role: optionalText(200),
  organization: optionalText(200),
});

export const programmeSectionSchema = z.strictObject({
  title: requiredText(300),
  speakers: z.array(personSchema).max(50).default([]),
});

/**
 * An event: its times are wall-clock times in the organiser's IANA time zone, so a meeting
 * set for 08:30 in New York stays at 08:30 there whatever the offsets do.
 */
export const eventFieldsSchema = z
  .strictObject({
    startsAt: localDateTimeSchema,
    endsAt: localDateTimeSchema,
    timeZone: timeZoneSchema,
    /** Where: a place, or "Online (Zoom)". */
    location: optionalText(300),
    organisers: organizationRefsSchema,
    organizations: organizationRefsSchema,
    moderator: personSchema.nullable().default(null),
    programme: z.array(programmeSectionSchema).max(50).default([]),
    registrationUrl: webAddressSchema,
    registrationInstructions: optionalText(2000),
    contact: optionalText(300),
  })
  .superRefine((fields, context) => {
    if (!isValidZone(fields.timeZone)) return;
    if (
      utcInstant(fields.endsAt, fields.timeZone) <= utcInstant(fields.startsAt, fields.timeZone)
    ) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'problem.afterStart' });
    }
  });

function isValidZone(zone: string): boolean {
  return timeZoneSchema.safeParse(zone).success;
}

export type EventFields = z.output<typeof eventFieldsSchema>;
export type EventPerson = z.output<typeof personSchema>;

export const eventType: ContentTypeDefinition<typeof eventFieldsSchema> = {
  type: 'event',
  names: { singular: 'type.event', plural: 'types.event', description: 'event.description' },
  address: segmentAddress('events', { ownPages: true }),
  collection: 'events',
  inStream: true,
  schema: eventFieldsSchema,
  organizationFields: ['organisers', 'organizations'],
  searchText: (fields) => {
    const people = [fields.moderator, ...fields.programme.flatMap((section) => section.speakers)];
    return {
      body: [
        fields.location ?? '',
        ...fields.programme.map((section) => section.title),
        ...people.flatMap((person) => (person ? [person.name, person.organization ?? ''] : [])),
      ],
    };
  },
  derive: (fields) => ({
    startsAt: utcInstant(fields.startsAt, fields.timeZone),
    endsAt: utcInstant(fields.endsAt, fields.timeZone),
  }),
  form: {
    legend: 'form.event.legend',
    controls: [
      {
        kind: 'text',
        name: 'startsAt',
        label: 'form.event.startsAt',
        input: 'datetime-local',
        required: true,
        hint: 'form.event.startsAt.hint',
      },
      {
        kind: 'text',
        name: 'endsAt',
        label: 'form.event.endsAt',
        input: 'datetime-local',
        required: true,
      },
      {
        kind: 'text',
        name: 'timeZone',
        label: 'form.event.timeZone',
        required: true,
        hint: 'form.event.timeZone.hint',
        suggestions: [
          'Asia/Kolkata',
          'Asia/Dhaka',
          'Asia/Kathmandu',
          'Asia/Phnom_Penh',
          'Asia/Jakarta',
          'Asia/Manila',
          'Asia/Bangkok',
          'Europe/Brussels',
          'America/New_York',
          'UTC',
        ],
      },
      {
        kind: 'text',
        name: 'location',
        label: 'form.event.location',
        hint: 'form.event.location.hint',
      },
      {
        kind: 'organizations',
        name: 'organisers',
        label: 'form.event.organisers',
        hint: 'form.organizations.hint',
      },
      {
        kind: 'group',
        name: 'moderator',
        legend: 'form.event.moderator',
        optional: true,
        controls: [
          { kind: 'text', name: 'name', label: 'form.event.moderator.name' },
          { kind: 'text', name: 'role', label: 'form.event.moderator.role' },
          { kind: 'text', name: 'organization', label: 'form.event.moderator.organization' },
        ],
      },
      {
        kind: 'rows',
        name: 'programme',
        legend: 'form.event.programme',
        rowLabel: 'form.event.programme.row',
        blankRows: 2,
        controls: [
          {
            kind: 'text',
            name: 'title',
            label: 'form.event.programme.title',
            required: true,
          },
          {
            kind: 'people',
            name: 'speakers',
            label: 'form.event.programme.speakers',
            hint: 'form.event.programme.speakers.hint',
          },
        ],
      },
      {
        kind: 'text',
        name: 'registrationUrl',
        label: 'form.event.registrationUrl',
        input: 'url',
      },
      {
        kind: 'textarea',
        name: 'registrationInstructions',
        label: 'form.event.registrationInstructions',
        hint: 'form.event.registrationInstructions.hint',
      },
      { kind: 'text', name: 'contact', label: 'form.event.contact' },
      aboutOrganizationsControl,
    ],
  },
};
