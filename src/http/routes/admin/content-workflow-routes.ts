import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/actor.ts';
import {
  type SaveOutcome,
  approveItem,
  sendBackItem,
  submitItem,
  unpublishItem,
} from '../../../domain/editorial/editorial-service.ts';
import { ValidationError } from '../../../lib/errors.ts';
import type { WorkflowAction } from '../../../views/admin/components/item-workflow-actions.tsx';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { sendItemEditPage } from './content-edit-page.ts';
import {
  type NoticeKey,
  textField,
  topLevelFieldErrors,
  utcFromDatetimeLocal,
  withNotice,
} from './content-form-input.ts';

type ItemParams = { Params: { id: string } };

interface WorkflowStep {
  /** The form fields to show again if the step is refused. */
  fields: string[];
  run(context: AppContext, actor: Actor, id: string, body: unknown): Promise<SaveOutcome>;
  notice(outcome: SaveOutcome): NoticeKey;
}

const steps: Record<WorkflowAction, WorkflowStep> = {
  submit: {
    fields: [],
    run: (context, actor, id) => submitItem(context.newsroom, actor, id),
    notice: () => 'submitted',
  },
  approve: {
    fields: ['publishedAt'],
    run: (context, actor, id, body) => {
      const publishedAt = utcFromDatetimeLocal(textField(body, 'publishedAt').trim());
      return approveItem(context.newsroom, actor, id, publishedAt ? { publishedAt } : {});
    },
    notice: (outcome) => (outcome.status === 'scheduled' ? 'scheduled' : 'published'),
  },
  'send-back': {
    fields: ['note'],
    run: (context, actor, id, body) =>
      sendBackItem(context.newsroom, actor, id, { note: textField(body, 'note') }),
    notice: () => 'sent-back',
  },
  unpublish: {
    fields: [],
    run: (context, actor, id) => unpublishItem(context.newsroom, actor, id),
    notice: () => 'unpublished',
  },
};

async function runStep(
  context: AppContext,
  request: FastifyRequest<ItemParams>,
  reply: FastifyReply,
  action: WorkflowAction,
) {
  const actor = requireActor(request);
  const { id } = request.params;
  const step = steps[action];
  try {
    const outcome = await step.run(context, actor, id, request.body);
    return reply.redirect(withNotice(`/admin/items/${id}`, step.notice(outcome)), 303);
  } catch (error) {
    // Permission refusals (403) and unknown items (404) become error pages; a form the
    // person can correct comes back with its message.
    if (!(error instanceof ValidationError)) throw error;
    const values = Object.fromEntries(
      step.fields.map((name) => [name, textField(request.body, name)]),
    );
    return sendItemEditPage(context, request, reply, actor, id, {
      workflowFailure: {
        action,
        message: error.message,
        errors: topLevelFieldErrors(error.fields),
        values,
      },
      statusCode: error.statusCode,
    });
  }
}

/** The workflow buttons of the edit page: submit, approve (or schedule), send back, unpublish. */
export function registerContentWorkflowRoutes(scope: FastifyInstance, context: AppContext): void {
  for (const action of Object.keys(steps) as WorkflowAction[]) {
    scope.post<ItemParams>(`/admin/items/:id/${action}`, (request, reply) =>
      runStep(context, request, reply, action),
    );
  }
}
