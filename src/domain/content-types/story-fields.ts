import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import {
  calendarDaySchema,
  optionalText,
  organizationRefsSchema,
  requiredText,
} from './field-schemas.ts';

/** How the person agreed to their story being published. */
export const CONSENT_FORMS = ['written', 'recorded', 'verbal-witnessed'] as const;

export const consentSchema = z.strictObject({
  /** Who gave consent: the person, or a guardian. */
  givenBy: requiredText(200),
  givenAt: calendarDaySchema,
  form: z.enum(CONSENT_FORMS, 'must be written, recorded or verbal-witnessed'),
});

/**
 * A worker's testimony. The people telling these stories are vulnerable: the name may be
 * withheld, and nothing is published without recorded consent.
 */
export const storyFieldsSchema = z.strictObject({
  /** First name only, or null: "name withheld". */
  personName: optionalText(100),
  age: z
    .number('must be a whole number')
    .int('must be a whole number')
    .min(0, 'must be zero or more')
    .max(120, 'must be 120 or less')
    .nullable()
    .default(null),
  place: optionalText(200),
  work: optionalText(200),
  /** The scheme the story concerns: old-age allowance, child grant, union support … */
  scheme: optionalText(200),
  gatheredBy: optionalText(200),
  gatheredAt: calendarDaySchema.nullable().default(null),
  consent: consentSchema.nullable().default(null),
  /** Set when consent is withdrawn; the story leaves the site at once. */
  consentWithdrawnAt: z.iso.datetime().nullable().default(null),
  organizations: organizationRefsSchema,
});

export type StoryFields = z.output<typeof storyFieldsSchema>;

export const storyType: ContentTypeDefinition<typeof storyFieldsSchema> = {
  type: 'story',
  schema: storyFieldsSchema,
  organizationFields: ['organizations'],
  // Readers learn that consent was given, when and how; not who gave it.
  publicFields: ({ consent, consentWithdrawnAt: _withdrawn, ...fields }) => ({
    ...fields,
    consent: consent ? { givenAt: consent.givenAt, form: consent.form } : null,
  }),
  searchText: (fields) => ({
    body: [fields.personName, fields.place, fields.work, fields.scheme].map((text) => text ?? ''),
  }),
  publicationProblems: (fields): Record<string, string> => {
    if (fields.consentWithdrawnAt) {
      return { consent: 'was withdrawn: this story cannot be published again' };
    }
    if (!fields.consent) return { consent: 'must be recorded before the story is published' };
    return {};
  },
};
