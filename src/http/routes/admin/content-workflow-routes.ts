import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/actor.ts';
import {
  type SaveOutcome,
  type VersionedEdit,
  approveItem,
  getDeskItem,
  sendBackItem,
  submitItem,
  unpublishItem,
} from '../../../domain/editorial/editorial-service.ts';
import { ValidationError } from '../../../lib/errors.ts';
import { currentTimestamp } from '../../../lib/time.ts';
import type { WorkflowAction } from '../../../views/admin/components/item-workflow-actions.tsx';
import type { AppContext } from '../../app-context.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { sendItemEditPage } from './content-edit-page.ts';
import {
  type NoticeKey,
  hasItemContent,
  itemFormValues,
  topLevelFieldErrors,
  utcFromDatetimeLocal,
  versionedEditOf,
  withNotice,
} from './content-form-input.ts';
import { sendRefusedEdit } from './content-form-refusals.ts';
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
    edit: VersionedEdit | undefined,
  ): Promise<SaveOutcome>;
  notice(outcome: SaveOutcome): NoticeKey;
}

/**
 * The date approval publishes at. With the edit form's content, the form's publish date was
 * just saved on the item, which approval uses; it is passed on only when it is in the future,
 * so re-approving an unpublished item still puts it back now unless a later date is chosen.
 */
function approvalDate(
  form: Record<string, string>,
  edit: VersionedEdit | undefined,
  timeZone: string,
) {
  const date = utcFromDatetimeLocal((form.publishedAt ?? '').trim(), timeZone);
  if (!edit || !date) return date;
  return date > currentTimestamp() ? date : undefined;
}

const steps: Record<WorkflowAction, WorkflowStep> = {
  submit: {
    fields: [],
    run: (context, actor, id, _form, edit) => submitItem(context.newsroom, actor, id, edit),
    notice: () => 'submitted',
  },
  approve: {
    fields: ['publishedAt'],
    run: (context, actor, id, form, edit) => {
      const publishedAt = approvalDate(form, edit, actor.timeZone);
      return approveItem(context.newsroom, actor, id, publishedAt ? { publishedAt } : {}, edit);
    },
    notice: (outcome) => (outcome.status === 'scheduled' ? 'scheduled' : 'published'),
  },
  'send-back': {
    fields: ['note'],
    run: (context, actor, id, form, edit) =>
      sendBackItem(context.newsroom, actor, id, { note: form.note ?? '' }, edit),
    notice: () => 'sent-back',
  },
  unpublish: {
    fields: [],
    run: (context, actor, id, _form, edit) => unpublishItem(context.newsroom, actor, id, edit),
    notice: () => 'unpublished',
  },
};

/** A step sent by a workflow button of the edit form: it saves the form's content first. */
async function runStepWithEdit(
  context: AppContext,
  request: FastifyRequest<ItemParams>,
  reply: FastifyReply,
  step: { action: WorkflowAction; values: Record<string, string> },
) {
  const actor = requireActor(request);
  const { id } = request.params;
  const { item } = await getDeskItem(context.db, actor, id);
  const values = itemFormValues(request.body, { type: item.type, timeZone: actor.timeZone });
  const { run, notice } = steps[step.action];
  try {
    const outcome = await run(context, actor, id, step.values, versionedEditOf(values, item));
    return reply.redirect(withNotice(`/admin/items/${id}`, notice(outcome)), 303);
  } catch (error) {
    return sendRefusedEdit(context, request, reply, { actor, id, values, error }, step);
  }
}

async function runStep(
  context: AppContext,
  request: FastifyRequest<ItemParams>,
  reply: FastifyReply,
  action: WorkflowAction,
) {
  const step = steps[action];
  const values: Record<string, string> = readForm(
    Object.fromEntries(step.fields.map((name) => [name, formText()])),
    request.body,
  );
  if (hasItemContent(request.body)) {
    return runStepWithEdit(context, request, reply, { action, values });
  }
  const actor = requireActor(request);
  const { id } = request.params;
  try {
    const outcome = await step.run(context, actor, id, values, undefined);
    return reply.redirect(withNotice(`/admin/items/${id}`, step.notice(outcome)), 303);
  } catch (error) {
    // Permission refusals (403) and unknown items (404) become error pages; a form the
    // person can correct comes back with its message.
    if (!(error instanceof ValidationError)) throw error;
    return sendItemEditPage(context, request, reply, actor, id, {
      workflowFailure: {
        action,
        problem: error.problem,
        fieldProblems: topLevelFieldErrors(error.fieldProblems),
        values,
      },
      statusCode: error.statusCode,
    });
  }
}

/**
 * The workflow buttons of the edit page: submit, approve (or schedule), send back, unpublish.
 * Sent from the edit form they carry its content, saved in the step's transaction.
 */
export function registerContentWorkflowRoutes(scope: FastifyInstance, context: AppContext): void {
  for (const action of Object.keys(steps) as WorkflowAction[]) {
    scope.post<ItemParams>(`/admin/items/:id/${action}`, (request, reply) =>
      runStep(context, request, reply, action),
    );
  }
}
