import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../domain/auth/actor.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import {
  type SaveOutcome,
  approveItem,
  sendBackItem,
  submitItem,
  sendBackSchema,
  unpublishItem,
} from '../../../domain/editorial/editorial-service.ts';
import type { AppContext } from '../../app-context.ts';
import { apiActor } from '../../plugins/api-authentication.ts';
import { loadDeskRow, outcomeJson } from './admin-item-json.ts';
import { isoDateTimeSchema, parseApiBody, withApiFieldNames } from './api-input.ts';

/**
 * The editorial workflow over the API: `POST <item>/<step>`. The domain checks who may take
 * each step and from which status; its refusals (403, 409, 422) reach the client as they are.
 */

export const approveBodySchema = z.strictObject({
  published_at: isoDateTimeSchema.optional().meta({
    description:
      "Publish at this time; a future time schedules the item. Default: the item's date, or now",
    examples: ['2024-05-01T15:00:00+05:45'],
  }),
});
/** The note is the domain's (required, at most 5,000 characters): refused here as there. */
export const sendBackBodySchema = z.strictObject({
  note: sendBackSchema.shape.note.meta({ description: 'What the author should change' }),
});
export const emptyBodySchema = z
  .strictObject({})
  .meta({ description: 'No fields; the body may also be left out' });

export type WorkflowStepName = 'submit' | 'approve' | 'send-back' | 'unpublish';

interface WorkflowStep {
  run(context: AppContext, actor: Actor, id: string, body: unknown): Promise<SaveOutcome>;
}

const steps: Record<WorkflowStepName, WorkflowStep> = {
  submit: {
    run: (context, actor, id, body) => {
      parseApiBody(emptyBodySchema, body);
      return submitItem(context.newsroom, actor, id);
    },
  },
  approve: {
    run: (context, actor, id, body) => {
      const { published_at: publishedAt } = parseApiBody(approveBodySchema, body);
      return approveItem(context.newsroom, actor, id, publishedAt ? { publishedAt } : {});
    },
  },
  'send-back': {
    run: (context, actor, id, body) => {
      const { note } = parseApiBody(sendBackBodySchema, body);
      return sendBackItem(context.newsroom, actor, id, { note });
    },
  },
  unpublish: {
    run: (context, actor, id, body) => {
      parseApiBody(emptyBodySchema, body);
      return unpublishItem(context.newsroom, actor, id);
    },
  },
};

export const workflowStepNames = Object.keys(steps) as WorkflowStepName[];

/** Registers `POST <base>/:id/<step>` for every workflow step. */
export function registerAdminWorkflowRoutes(
  scope: FastifyInstance,
  context: AppContext,
  options: { base: string; type: ContentType },
): void {
  for (const name of workflowStepNames) {
    const step = steps[name];
    scope.post<{ Params: { id: string } }>(
      `${options.base}/:id/${name}`,
      async (request, reply) => {
        const actor = apiActor(request);
        const { id } = request.params;
        // An id of another content type is not found at this address.
        await loadDeskRow(context.db, actor, { id, type: options.type });
        const outcome = await withApiFieldNames(() => step.run(context, actor, id, request.body));
        return reply.header('cache-control', 'no-store').send(outcomeJson(outcome));
      },
    );
  }
}
