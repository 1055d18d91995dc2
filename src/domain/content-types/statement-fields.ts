import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import { segmentAddress } from './type-addresses.ts';
import {
  calendarDaySchema,
  optionalText,
  organizationRefsSchema,
  requiredText,
  webAddressSchema,
} from './field-schemas.ts';
import { aboutOrganizationsControl, formOptions } from './type-form.ts';

export const STATEMENT_KINDS = ['press-release', 'call-to-action'] as const;

/** A press release or a call to action, with its demands and who stands behind it. */
export const statementFieldsSchema = z
  .strictObject({
    kind: z.enum(STATEMENT_KINDS, 'problem.statementKind'),
    /** The body issuing it, as it signs (the network, a national platform …). */
    issuedBy: optionalText(300),
    /** What it responds to: May Day, a law, a disaster … */
    occasion: optionalText(300),
    demands: z.array(requiredText(1000)).max(50, 'problem.maxDemands').default([]),
    signatories: organizationRefsSchema,
    organizations: organizationRefsSchema,
    /** Calls to action: the last day to sign (in UTC), and where. */
    deadline: calendarDaySchema.nullable().default(null),
    signUrl: webAddressSchema,
    /** Calls to action: whether readers sign on this site (then `signUrl` may be empty). */
    signingOpen: z.boolean('problem.yesOrNo').default(false),
  })
  .superRefine((fields, context) => {
    if (fields.kind !== 'call-to-action') return;
    if (!fields.deadline) {
      context.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'problem.requiredForCallToAction',
      });
    }
    if (!fields.signUrl && !fields.signingOpen) {
      context.addIssue({
        code: 'custom',
        path: ['signUrl'],
        message: 'problem.requiredForCallToAction',
      });
    }
  });

export type StatementFields = z.output<typeof statementFieldsSchema>;

/**
 * The moment a call to action closes: the end of its deadline day in UTC (the start of the
 * next one). East of Greenwich, where the network's readers are, it so stays open through the
 * whole of that local day and a few hours into the next (until 05:45 in Kathmandu); west of it,
 * it closes the evening before the local day ends. One instant for everyone, as a cache needs.
 */
export function closingInstant(deadline: string): string {
  const day = new Date(`${deadline}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString();
}

export const statementType: ContentTypeDefinition<typeof statementFieldsSchema> = {
  searchText: (fields) => ({
    body: [fields.issuedBy ?? '', fields.occasion ?? '', ...fields.demands],
  }),
  type: 'statement',
  names: {
    singular: 'type.statement',
    plural: 'types.statement',
    description: 'statement.description',
  },
  address: segmentAddress('statements'),
  collection: 'statements',
  inStream: true,
  schema: statementFieldsSchema,
  organizationFields: ['signatories', 'organizations'],
  // Stored as the item's end, so cached pages expire when the call closes (see site_state).
  derive: (fields) => ({
    endsAt:
      fields.kind === 'call-to-action' && fields.deadline ? closingInstant(fields.deadline) : null,
  }),
  form: {
    legend: 'form.statement.legend',
    controls: [
      {
        kind: 'select',
        name: 'kind',
        label: 'form.statement.kind',
        options: formOptions(STATEMENT_KINDS, (kind) => `statement.${kind}`),
      },
      { kind: 'text', name: 'issuedBy', label: 'form.statement.issuedBy' },
      { kind: 'text', name: 'occasion', label: 'form.statement.occasion' },
      {
        kind: 'lines',
        name: 'demands',
        label: 'form.statement.demands',
        hint: 'form.statement.demands.hint',
      },
      {
        kind: 'organizations',
        name: 'signatories',
        label: 'form.statement.signatories',
        hint: 'form.organizations.hint',
      },
      {
        kind: 'text',
        name: 'deadline',
        label: 'form.statement.deadline',
        input: 'date',
        hint: 'form.statement.deadline.hint',
      },
      {
        kind: 'text',
        name: 'signUrl',
        label: 'form.statement.signUrl',
        input: 'url',
        hint: 'form.statement.signUrl.hint',
      },
      {
        kind: 'checkbox',
        name: 'signingOpen',
        label: 'form.statement.signingOpen',
        hint: 'form.statement.signingOpen.hint',
      },
      aboutOrganizationsControl,
    ],
  },
};
