import { z } from 'zod';
import { slugPattern } from '../../lib/slug.ts';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { reportAddress } from './type-addresses.ts';
import {
  optionalText,
  organizationRefsSchema,
  requiredText,
  shareSchema,
} from './field-schemas.ts';
import { aboutOrganizationsControl } from './type-form.ts';

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
    .number('problem.wholeNumber')
    .int('problem.wholeNumber')
    .min(0, 'problem.zeroOrMore')
    .max(1_000_000_000, 'problem.tooLarge'),
  /** Share of women among those counted, 0–100; null when not known. */
  womenShare: shareSchema,
  /** Share of young people (under 35), 0–100; null when not known. */
  youthShare: shareSchema,
});

const yearSchema = z
  .number('problem.year')
  .int('problem.year')
  .min(1990, 'problem.yearFrom')
  .max(2100, 'problem.yearBefore');

/** A country programme's results for one year. */
export const reportFieldsSchema = z
  .strictObject({
    /** The country label's slug. */
    country: z.string().trim().regex(slugPattern, 'problem.country'),
    year: yearSchema,
    periodStart: yearSchema.nullable().default(null),
    periodEnd: yearSchema.nullable().default(null),
    /** People reached in all, counted once (indicator lines overlap, so they are not summed). */
    peopleReached: z
      .number('problem.wholeNumber')
      .int('problem.wholeNumber')
      .min(0, 'problem.zeroOrMore')
      .nullable()
      .default(null),
    budget: z
      .strictObject({
        amount: z.number('problem.number').min(0, 'problem.zeroOrMore'),
        currency: z
          .string()
          .trim()
          .regex(/^[A-Z]{3}$/, 'problem.currencyCode'),
      })
      .nullable()
      .default(null),
    partners: organizationRefsSchema,
    donors: organizationRefsSchema,
    organizations: organizationRefsSchema,
    indicators: z.array(indicatorLineSchema).max(200, 'problem.maxLines').default([]),
    /** Who compiled the figures, for readers who want to ask. */
    source: optionalText(300),
  })
  .superRefine((fields, context) => {
    if (fields.periodStart && fields.periodEnd && fields.periodEnd < fields.periodStart) {
      context.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'problem.periodEndBeforeStart',
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
  names: {
    singular: 'type.report',
    plural: 'types.report',
    description: 'impact.description',
    menu: 'site.impact',
  },
  address: reportAddress,
  collection: 'reports',
  inStream: true,
  schema: reportFieldsSchema,
  organizationFields: ['partners', 'donors', 'organizations'],
  derive: (fields) => ({
    slug: `${fields.country}-${fields.year}`,
    slugField: 'year',
    labels: [{ kind: 'country', slug: fields.country }],
  }),
  form: {
    legend: 'form.report.legend',
    fixedAddress: 'form.report.fixedAddress',
    controls: [
      { kind: 'country', name: 'country', label: 'form.report.country' },
      { kind: 'number', name: 'year', label: 'form.report.year' },
      { kind: 'number', name: 'periodStart', label: 'form.report.periodStart' },
      { kind: 'number', name: 'periodEnd', label: 'form.report.periodEnd' },
      {
        kind: 'number',
        name: 'peopleReached',
        label: 'form.report.peopleReached',
        hint: 'form.report.peopleReached.hint',
      },
      {
        kind: 'group',
        name: 'budget',
        legend: 'form.report.budget',
        optional: true,
        controls: [
          { kind: 'number', name: 'amount', label: 'form.report.budget.amount', step: '0.01' },
          {
            kind: 'text',
            name: 'currency',
            label: 'form.report.budget.currency',
            hint: 'form.report.budget.currency.hint',
            required: true,
          },
        ],
      },
      {
        kind: 'organizations',
        name: 'partners',
        label: 'form.report.partners',
        hint: 'form.organizations.hint',
      },
      {
        kind: 'organizations',
        name: 'donors',
        label: 'form.report.donors',
        hint: 'form.organizations.hint',
      },
      {
        kind: 'rows',
        name: 'indicators',
        legend: 'form.report.indicators',
        hint: 'form.report.indicators.hint',
        rowLabel: 'form.report.indicators.row',
        blankRows: 3,
        controls: [
          {
            kind: 'text',
            name: 'component',
            label: 'form.report.indicators.component',
            required: true,
            suggestions: REPORT_COMPONENTS,
          },
          {
            kind: 'text',
            name: 'indicator',
            label: 'form.report.indicators.indicator',
            required: true,
          },
          { kind: 'number', name: 'count', label: 'form.report.indicators.count' },
          {
            kind: 'number',
            name: 'womenShare',
            label: 'form.report.indicators.womenShare',
            step: '0.1',
          },
          {
            kind: 'number',
            name: 'youthShare',
            label: 'form.report.indicators.youthShare',
            step: '0.1',
          },
        ],
      },
      { kind: 'text', name: 'source', label: 'form.report.source' },
      aboutOrganizationsControl,
    ],
  },
};
