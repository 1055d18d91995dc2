import type { FastifyRequest } from 'fastify';
import type { AppError } from '../../../lib/errors.ts';
import type { MessageKey, Translator } from '../../../lib/i18n/translator.ts';
import { problemText } from '../../../lib/problems.ts';
import { textField } from './form-fields.ts';

/**
 * The words an admin page shows about what just happened, in the admin's language: the
 * confirmation a redirect asked for, or why a form was refused.
 */

/**
 * The confirmation a redirect asked for (`?notice=saved`), from the page's own list: the
 * address names a key, never the text to show.
 */
export function noticeWords(
  request: FastifyRequest,
  notices: Readonly<Record<string, MessageKey>>,
  i18n: Translator,
): string | undefined {
  const key = textField(request.query, 'notice');
  const message = Object.hasOwn(notices, key) ? notices[key] : undefined;
  return message && i18n.t(message);
}

/** A refused form's words: the message as a whole, and one message per control. */
export interface RefusalWords {
  message: string;
  errors: Record<string, string>;
}

/**
 * A refusal as a form shows it (the error keeps each problem as a catalogue code). The domain
 * names a field inside a list by its path (`countries.1`); the form has one control per
 * top-level name, which shows the first of its problems.
 */
export function refusalWords(error: AppError, i18n: Translator): RefusalWords {
  const errors: Record<string, string> = {};
  for (const [path, reported] of Object.entries(error.fieldProblems ?? {})) {
    errors[path.split('.')[0] ?? path] ??= problemText(reported, i18n);
  }
  return { message: problemText(error.problem, i18n), errors };
}
