import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import {
  localDateTimeSchema,
  optionalText,
  organizationRefsSchema,
  requiredText,
  timeZoneSchema,
  utcInstant,
  webAddressSchema,
} from './field-schemas.ts';

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
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after the start' });
    }
  });

function isValidZone(zone: string): boolean {
  return timeZoneSchema.safeParse(zone).success;
}

export type EventFields = z.output<typeof eventFieldsSchema>;
export type EventPerson = z.output<typeof personSchema>;

export const eventType: ContentTypeDefinition<typeof eventFieldsSchema> = {
  type: 'event',
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
};
