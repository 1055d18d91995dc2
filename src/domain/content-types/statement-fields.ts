import { z } from 'zod';
import type { ContentTypeDefinition } from './content-type-definition.ts';
import {
  calendarDaySchema,
  optionalText,
  organizationRefsSchema,
  requiredText,
  webAddressSchema,
} from './field-schemas.ts';

export const STATEMENT_KINDS = ['press-release', 'call-to-action'] as const;

/** A press release or a call to action, with its demands and who stands behind it. */
export const statementFieldsSchema = z
  .strictObject({
    kind: z.enum(STATEMENT_KINDS, 'must be press-release or call-to-action'),
    /** The body issuing it, as it signs (the network, a national platform …). */
    issuedBy: optionalText(300),
    /** What it responds to: May Day, a law, a disaster … */
    occasion: optionalText(300),
    demands: z.array(requiredText(1000)).max(50, 'must be 50 demands or fewer').default([]),
    signatories: organizationRefsSchema,
    organizations: organizationRefsSchema,
    /** Calls to action: the last day to sign (in UTC), and where. */
    deadline: calendarDaySchema.nullable().default(null),
    signUrl: webAddressSchema,
  })
  .superRefine((fields, context) => {
    if (fields.kind !== 'call-to-action') return;
    if (!fields.deadline) {
      context.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'is required for a call to action',
      });
    }
    if (!fields.signUrl) {
      context.addIssue({
        code: 'custom',
        path: ['signUrl'],
        message: 'is required for a call to action',
      });
    }
  });

export type StatementFields = z.output<typeof statementFieldsSchema>;

export const statementType: ContentTypeDefinition<typeof statementFieldsSchema> = {
  type: 'statement',
  schema: statementFieldsSchema,
  organizationFields: ['signatories', 'organizations'],
};
