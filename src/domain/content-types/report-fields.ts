import { z } from 'zod';
import { slugPattern } from '../../lib/slug.ts';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import {
  optionalText,
  organizationRefsSchema,
  requiredText,
  shareSchema,
} from './field-schemas.ts';

/** The programme components the network reports on; a report may name others. */
export const REPORT_COMPONENTS = [
  'Labour standards',
  'Social security',
  'Health',
  'Vocational skills',
] as const;

export const indicatorLineSchema = z.strictObject({
  component: requiredText(120),
  indicator: requiredText(300),
  count: z
    .number('must be a whole number')
    .int('must be a whole number')
    .min(0, 'must be zero or more')
    .max(1_000_000_000, 'is too large'),
  /** Share of women among those counted, 0–100; null when not known. */
  womenShare: shareSchema,
  /** Share of young people (under 35), 0–100; null when not known. */
  youthShare: shareSchema,
});

const yearSchema = z
  .number('must be a year')
  .int('must be a year')
  .min(1990, 'must be from 1990 on')
  .max(2100, 'must be before 2100');

/** A country programme's results for one year. */
export const reportFieldsSchema = z
  .strictObject({
    /** The country label's slug. */
    country: z.string().trim().regex(slugPattern, 'must be a country'),
    year: yearSchema,
    periodStart: yearSchema.nullable().default(null),
    periodEnd: yearSchema.nullable().default(null),
    /** People reached in all, counted once (indicator lines overlap, so they are not summed). */
    peopleReached: z
      .number('must be a whole number')
      .int('must be a whole number')
      .min(0, 'must be zero or more')
      .nullable()
      .default(null),
    budget: z
      .strictObject({
        amount: z.number('must be a number').min(0, 'must be zero or more'),
        currency: z
          .string()
          .trim()
          .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR'),
      })
      .nullable()
      .default(null),
    partners: organizationRefsSchema,
    donors: organizationRefsSchema,
    organizations: organizationRefsSchema,
    indicators: z.array(indicatorLineSchema).max(200, 'must be 200 lines or fewer').default([]),
    /** Who compiled the figures, for readers who want to ask. */
    source: optionalText(300),
  })
  .superRefine((fields, context) => {
    if (fields.periodStart && fields.periodEnd && fields.periodEnd < fields.periodStart) {
      context.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'must not be before the start of the programme period',
      });
    }
  });

export type ReportFields = z.output<typeof reportFieldsSchema>;
export type IndicatorLine = z.output<typeof indicatorLineSchema>;

export const reportType: ContentTypeDefinition<typeof reportFieldsSchema> = {
  searchText: (fields) => ({
    body: fields.indicators.flatMap((line) => [line.component, line.indicator]),
  }),
  type: 'report',
  schema: reportFieldsSchema,
  organizationFields: ['partners', 'donors', 'organizations'],
  derive: (fields) => ({
    slug: `${fields.country}-${fields.year}`,
    slugField: 'year',
    labels: [{ kind: 'country', slug: fields.country }],
  }),
};
