import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/actor.ts';
import type { ContentType } from '../../../domain/content/content-item.ts';
import { contentTypeDefinition } from '../../../domain/content-types/content-type-registry.ts';
import { EditConflictError } from '../../../domain/editorial/edit-conflict.ts';
import {
  type AppError,
  ConflictError,
  ForbiddenError,
  ServiceUnavailableError,
  ValidationError,
} from '../../../lib/errors.ts';
import type { WorkflowAction } from '../../../views/admin/components/item-workflow-actions.tsx';
import type { ItemFormValues } from '../../../views/admin/pages/item-edit-page.tsx';
import type { AppContext } from '../../app-context.ts';
import {
  type EditPageOptions,
  type RefusalProblems,
  sendItemEditPage,
} from './content-edit-page.ts';
import { topLevelFieldErrors } from './content-form-input.ts';

/**
 * Refusals a person can fix in the form; anything else is an error page. A refusal naming
 * fields (countries they may not publish in) is one: the form keeps what they typed. So is
 * a database busy with an import: nothing was saved, and they can send the same text again.
 */
export function isFormRefusal(
  error: unknown,
): error is ValidationError | ConflictError | ForbiddenError | ServiceUnavailableError {
  return (
    error instanceof ValidationError ||
    error instanceof ConflictError ||
    (error instanceof ForbiddenError && error.fields !== undefined) ||
    error instanceof ServiceUnavailableError
  );
}

function failureOf(error: AppError, type: ContentType): RefusalProblems {
  const typeFieldNames = Object.keys(contentTypeDefinition(type).schema.shape);
  return {
    problem: error.problem,
    fieldProblems: topLevelFieldErrors(error.fieldProblems, typeFieldNames),
  };
}

/** The edit page for a refused save: what they typed, the message, the status. */
export function refusedForm(
  reply: FastifyReply,
  error: AppError,
  values: ItemFormValues,
): EditPageOptions {
  if (error instanceof ServiceUnavailableError) {
    void reply.header('retry-after', String(error.retryAfterSeconds));
  }
  return { values, failure: failureOf(error, values.type), statusCode: error.statusCode };
}

/**
 * The edit page after an edit of an existing item was refused, or rethrows what is no form's
 * to show. A stale edit shows the item as it now stands (the other person's save, with its
 * version, so the next save is made knowingly) and the refused text beside it; any other
 * refusal shows what was typed with the errors, and, for a step, the step's own fields.
 */
export function sendRefusedEdit(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  refused: { actor: Actor; id: string; values: ItemFormValues; error: unknown },
  step?: { action: WorkflowAction; values: Record<string, string> },
): Promise<FastifyReply> {
  const { actor, id, values, error } = refused;
  if (error instanceof EditConflictError) {
    return sendItemEditPage(context, request, reply, actor, id, {
      failure: { problem: error.problem, fieldProblems: {} },
      conflict: {
        keptRevision: error.keptRevision,
        title: values.title,
        excerpt: values.excerpt,
        html: values.html,
      },
      statusCode: error.statusCode,
    });
  }
  if (!isFormRefusal(error)) throw error;
  const options = refusedForm(reply, error, values);
  if (!step) return sendItemEditPage(context, request, reply, actor, id, options);
  return sendItemEditPage(context, request, reply, actor, id, {
    ...options,
    failure: undefined,
    workflowFailure: { ...step, ...failureOf(error, values.type) },
  });
}
