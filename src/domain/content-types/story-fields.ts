import { z } from 'zod';
import { type Problem, problem } from '../../lib/problems.ts';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { segmentAddress } from './type-addresses.ts';
import {
  calendarDaySchema,
  optionalText,
  organizationRefsSchema,
  requiredText,
} from './field-schemas.ts';
import { aboutOrganizationsControl, formOptions } from './type-form.ts';

/** How the person agreed to their story being published. */
export const CONSENT_FORMS = ['written', 'recorded', 'verbal-witnessed'] as const;

export const consentSchema = z.strictObject({
  /** Who gave consent: the person, or a guardian. */
  givenBy: requiredText(200),
  givenAt: calendarDaySchema,
  form: z.enum(CONSENT_FORMS, 'problem.consentForm'),
  /**
   * Whether the consent covers a picture of the person ('agreed'); absent or null when it
   * does not. A story told under a withheld name shows no picture without it (see
   * story-picture.ts). Optional, so consents recorded before it was asked read as they were.
   */
  picture: z.enum(['agreed'], 'problem.consentPicture').nullable().optional(),
});

/**
 * A worker's testimony. The people telling these stories are vulnerable: the name may be
 * withheld, and nothing is published without recorded consent.
 */
export const storyFieldsSchema = z.strictObject({
  /** First name only, or null: "name withheld". */
  personName: optionalText(100),
  age: z
    .number('problem.wholeNumber')
    .int('problem.wholeNumber')
    .min(0, 'problem.zeroOrMore')
    .max(120, 'problem.maxNumber')
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

/**
 * What readers see of a story: that consent was given, when and in what form; not who gave
 * it, and not its withdrawal (a story whose consent was withdrawn is never public).
 */
export const publicStoryFieldsSchema = storyFieldsSchema
  .omit({ consentWithdrawnAt: true })
  .extend({ consent: consentSchema.omit({ givenBy: true }).nullable().default(null) });

export const storyType: ContentTypeDefinition<typeof storyFieldsSchema> = {
  type: 'story',
  names: { singular: 'type.story', plural: 'types.story', description: 'story.description' },
  address: segmentAddress('stories'),
  collection: 'stories',
  inStream: true,
  schema: storyFieldsSchema,
  organizationFields: ['organizations'],
  publicSchema: publicStoryFieldsSchema,
  searchText: (fields) => ({
    body: [fields.personName, fields.place, fields.work, fields.scheme].map((text) => text ?? ''),
  }),
  publicationProblems: (fields): Record<string, Problem> => {
    if (fields.consentWithdrawnAt) return { consent: problem('problem.consentWithdrawn') };
    if (!fields.consent) return { consent: problem('problem.consentNeeded') };
    return {};
  },
  form: {
    legend: 'form.story.legend',
    controls: [
      {
        kind: 'text',
        name: 'personName',
        label: 'form.story.personName',
        hint: 'form.story.personName.hint',
      },
      { kind: 'number', name: 'age', label: 'form.story.age' },
      { kind: 'text', name: 'place', label: 'form.story.place' },
      { kind: 'text', name: 'work', label: 'form.story.work' },
      {
        kind: 'text',
        name: 'scheme',
        label: 'form.story.scheme',
        suggestions: [
          'Old-age allowance',
          'Child grant',
          'Health insurance',
          'Union support',
          'Maternity benefit',
        ],
      },
      { kind: 'text', name: 'gatheredBy', label: 'form.story.gatheredBy' },
      { kind: 'text', name: 'gatheredAt', label: 'form.story.gatheredAt', input: 'date' },
      {
        kind: 'group',
        name: 'consent',
        legend: 'form.story.consent',
        hint: 'form.story.consent.hint',
        optional: true,
        controls: [
          { kind: 'text', name: 'givenBy', label: 'form.story.consent.givenBy', required: true },
          {
            kind: 'text',
            name: 'givenAt',
            label: 'form.story.consent.givenAt',
            input: 'date',
            required: true,
          },
          {
            kind: 'select',
            name: 'form',
            label: 'form.story.consent.form',
            emptyOption: 'form.choose',
            options: formOptions(CONSENT_FORMS, (form) => `form.story.consent.form.${form}`),
          },
          {
            kind: 'select',
            name: 'picture',
            label: 'form.story.consent.picture',
            hint: 'form.story.consent.picture.hint',
            emptyOption: 'form.story.consent.picture.none',
            options: formOptions(['agreed'], () => 'form.story.consent.picture.agreed'),
          },
        ],
      },
      aboutOrganizationsControl,
    ],
    // Consent is withdrawn by a step of its own (withdrawStoryConsent), never by the form.
    notInForm: ['consentWithdrawnAt'],
  },
};
