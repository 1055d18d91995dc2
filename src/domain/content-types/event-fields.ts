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

function isReminderHour(hours: unknown): boolean {
  return typeof hours === 'number' && Number.isInteger(hours) && hours >= 1 && hours <= 24 * 30;
}

/** Reminders before the start, in hours: "24, 1" as typed, or a list from the API. */
const reminderHoursSchema = z.preprocess(
  (value) =>
    value === null || value === ''
      ? undefined
      : typeof value === 'string'
        ? value
            .split(/[,\s]+/u)
            .filter((part) => part !== '')
            .map((part) => (/^\d+$/u.test(part) ? Number(part) : part))
        : value,
  // One check over the whole list, so the problem names the field, not one of its entries.
  z
    .array(z.unknown(), 'problem.reminderHours')
    .refine((hours) => hours.length <= 5 && hours.every(isReminderHour), 'problem.reminderHours')
    .default([24, 1])
    .transform((hours) => [...new Set(hours as number[])].sort((a, b) => b - a)),
);

/**
 * An event's own fields. Registration (issue 20): when `registrationOpen`, readers register
 * on its page, up to `capacity` places (null: no limit; then a waiting list), until
 * `registrationClosesAt` (wall-clock in the event's zone; null: the start). `joiningUrl` is the
 * private meeting link: sent to confirmed registrants only, never shown to readers (it is not
 * in `publicSchema`) and left out of exports without secrets (`secretFields`).
 */
const eventFieldsObject = z.strictObject({
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
  registrationOpen: z.boolean('problem.yesOrNo').default(false),
  capacity: z
    .number('problem.number')
    .int('problem.wholeNumber')
    .min(1, 'problem.capacity')
    .max(1_000_000, 'problem.capacity')
    .nullable()
    .default(null),
  registrationClosesAt: localDateTimeSchema.nullable().default(null),
  reminderHours: reminderHoursSchema,
  /** Questions every registrant answers in words (interpretation, access needs …). */
  registrationQuestions: z.array(requiredText(300)).max(10, 'problem.maxQuestions').default([]),
  joiningUrl: webAddressSchema,
});

/**
 * An event: its times are wall-clock times in the organiser's IANA time zone, so a meeting
 * set for 08:30 in New York stays at 08:30 there whatever the offsets do.
 */
export const eventFieldsSchema = eventFieldsObject.superRefine((fields, context) => {
  if (!isValidZone(fields.timeZone)) return;
  if (utcInstant(fields.endsAt, fields.timeZone) <= utcInstant(fields.startsAt, fields.timeZone)) {
    context.addIssue({ code: 'custom', path: ['endsAt'], message: 'problem.afterStart' });
  }
  if (
    fields.registrationClosesAt &&
    utcInstant(fields.registrationClosesAt, fields.timeZone) >
      utcInstant(fields.endsAt, fields.timeZone)
  ) {
    context.addIssue({
      code: 'custom',
      path: ['registrationClosesAt'],
      message: 'problem.closesBeforeEnd',
    });
  }
});

/** What readers see of an event: all but the private joining link. */
export const publicEventFieldsSchema = eventFieldsObject.omit({ joiningUrl: true });

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
  publicSchema: publicEventFieldsSchema,
  secretFields: ['joiningUrl'],
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
      {
        kind: 'checkbox',
        name: 'registrationOpen',
        label: 'form.event.registrationOpen',
        hint: 'form.event.registrationOpen.hint',
      },
      {
        kind: 'number',
        name: 'capacity',
        label: 'form.event.capacity',
        hint: 'form.event.capacity.hint',
      },
      {
        kind: 'text',
        name: 'registrationClosesAt',
        label: 'form.event.registrationClosesAt',
        input: 'datetime-local',
        hint: 'form.event.registrationClosesAt.hint',
      },
      {
        kind: 'text',
        name: 'reminderHours',
        label: 'form.event.reminderHours',
        hint: 'form.event.reminderHours.hint',
      },
      {
        kind: 'lines',
        name: 'registrationQuestions',
        label: 'form.event.registrationQuestions',
        hint: 'form.event.registrationQuestions.hint',
      },
      {
        kind: 'text',
        name: 'joiningUrl',
        label: 'form.event.joiningUrl',
        input: 'url',
        hint: 'form.event.joiningUrl.hint',
      },
      aboutOrganizationsControl,
    ],
  },
};
