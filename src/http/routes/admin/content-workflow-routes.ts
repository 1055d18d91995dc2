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
  topLevelFieldErrors,
  utcFromDatetimeLocal,
  withNotice,
} from './content-form-input.ts';
import { formText, readForm } from './form-fields.ts';

type ItemParams = { Params: { id: string } };

interface WorkflowStep {
  /** The step's form fields (all text), read before it runs and shown again if it is refused. */
  fields: string[];
  run(
    context: AppContext,
    actor: Actor,
    id: string,
    form: Record<string, string>,
  ): Promise<SaveOutcome>;
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
    run: (context, actor, id, form) => {
      const publishedAt = utcFromDatetimeLocal((form.publishedAt ?? '').trim());
      return approveItem(context.newsroom, actor, id, publishedAt ? { publishedAt } : {});
    },
    notice: (outcome) => (outcome.status === 'scheduled' ? 'scheduled' : 'published'),
  },
  'send-back': {
    fields: ['note'],
    run: (context, actor, id, form) =>
      sendBackItem(context.newsroom, actor, id, { note: form.note ?? '' }),
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
  const values: Record<string, string> = readForm(
    Object.fromEntries(step.fields.map((name) => [name, formText()])),
    request.body,
  );
  try {
    const outcome = await step.run(context, actor, id, values);
    return reply.redirect(withNotice(`/admin/items/${id}`, step.notice(outcome)), 303);
  } catch (error) {
    // Permission refusals (403) and unknown items (404) become error pages; a form the
    // person can correct comes back with its message.
    if (!(error instanceof ValidationError)) throw error;
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
