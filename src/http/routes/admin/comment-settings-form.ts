import type { DialogueSettingsInput } from '../../../domain/settings/dialogue-settings.ts';
import {
  COMMENT_SETTING_CHECKBOXES,
  type CommentSettingsValues,
} from '../../../views/admin/components/settings-comments-form.tsx';
import { textField } from './form-fields.ts';

/** The settings page's "Comments" form as sent: every field, to save or to show again. */
export function readCommentSettingsForm(body: unknown): CommentSettingsValues {
  const checkboxes = Object.fromEntries(
    COMMENT_SETTING_CHECKBOXES.map((name) => [name, textField(body, name) === 'yes' ? 'yes' : '']),
  ) as Record<(typeof COMMENT_SETTING_CHECKBOXES)[number], string>;
  return {
    ...checkboxes,
    commentsCloseAfterDays: textField(body, 'commentsCloseAfterDays'),
    commentMaxLinks: textField(body, 'commentMaxLinks'),
    commentWordList: textField(body, 'commentWordList'),
  };
}

/**
 * An empty number field is refused as not a number, rather than read as 0 (which `Number('')`
 * would make it, silently opening or closing something).
 */
function numberText(text: string): string {
  return text.trim() || 'empty';
}

/** The sent form as the domain's input: a checkbox not sent is off; one word per line. */
export function commentSettingsInput(values: CommentSettingsValues): DialogueSettingsInput {
  return {
    commentsOpen: values.commentsOpen === 'yes',
    holdAllComments: values.holdAllComments === 'yes',
    confirmCommenterEmail: values.confirmCommenterEmail === 'yes',
    anonymiseErasedComments: values.anonymiseErasedComments === 'yes',
    commentsCloseAfterDays: numberText(values.commentsCloseAfterDays),
    commentMaxLinks: numberText(values.commentMaxLinks),
    commentWordList: values.commentWordList
      .split(/\r?\n/)
      .map((word) => word.trim())
      .filter(Boolean),
  };
}
