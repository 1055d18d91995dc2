import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { selectSettings, upsertSettings } from '../../db/repositories/settings-repository.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { parseInput } from '../validation.ts';

/**
 * How the site takes part in dialogue: readers' comments and how they are moderated. Stored
 * beside the other settings, one key per setting under `dialogue.`.
 */
export interface DialogueSettings {
  /** Whether items take comments unless an item says otherwise (its `comments_mode`). */
  commentsOpen: boolean;
  /** Comments close this many days after an item is published; 0 keeps them open. */
  commentsCloseAfterDays: number;
  /** Hold every comment for an editor, even from an address an editor approved before. */
  holdAllComments: boolean;
  /** Ask every commenter to confirm their address by a link before the comment counts. */
  confirmCommenterEmail: boolean;
  /** Words or phrases (one per entry, matched without case) that hold a comment for an editor. */
  commentWordList: string[];
  /** A comment with more links than this is held for an editor. */
  commentMaxLinks: number;
  /**
   * When a commenter's data is erased: keep their comments without name or address (true),
   * or remove the comments too (false).
   */
  anonymiseErasedComments: boolean;
}

const DEFAULTS: DialogueSettings = {
  commentsOpen: true,
  commentsCloseAfterDays: 0,
  holdAllComments: false,
  confirmCommenterEmail: false,
  commentWordList: [],
  commentMaxLinks: 2,
  anonymiseErasedComments: true,
};

const KEY_PREFIX = 'dialogue.';

const dialogueSettingsSchema = z.object({
  commentsOpen: z.boolean(),
  commentsCloseAfterDays: z.coerce
    .number('problem.wholeNumber')
    .int('problem.wholeNumber')
    .min(0, 'problem.minNumber')
    .max(3650, 'problem.maxNumber'),
  holdAllComments: z.boolean(),
  confirmCommenterEmail: z.boolean(),
  commentWordList: z
    .array(z.string().trim().min(1).max(100))
    .max(500, 'problem.maxNumber')
    .transform((words) => [...new Set(words.map((word) => word.toLowerCase()))]),
  commentMaxLinks: z.coerce
    .number('problem.wholeNumber')
    .int('problem.wholeNumber')
    .min(0, 'problem.minNumber')
    .max(50, 'problem.maxNumber'),
  anonymiseErasedComments: z.boolean(),
});

export type DialogueSettingsInput = Partial<z.input<typeof dialogueSettingsSchema>>;

export async function getDialogueSettings(db: Db): Promise<DialogueSettings> {
  const stored = await selectSettings(db);
  const settings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof DialogueSettings)[]) {
    const raw = stored.get(KEY_PREFIX + key);
    if (raw !== undefined) Object.assign(settings, { [key]: JSON.parse(raw) as unknown });
  }
  return settings;
}

/**
 * Changes some dialogue settings (a 422 names every field at fault). Public pages change with
 * them (whether a form shows), so the change goes through the public-content step.
 */
export async function updateDialogueSettings(db: Db, input: DialogueSettingsInput): Promise<void> {
  const fields = parseInput(dialogueSettingsSchema.partial(), input);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) values[KEY_PREFIX + key] = JSON.stringify(value);
  }
  await changePublicContent(db, (trx) => upsertSettings(trx, values));
}
