import type { Db } from '../connection.ts';
import type { MailSuppressionsTable } from '../schema.ts';

/**
 * Addresses a mail server refused for good. Stored and compared in lower case: providers
 * treat the local part case-insensitively in practice, and one refusal covers every spelling.
 */

/** Records a refused address; a second refusal keeps the first record. */
export async function insertMailSuppression(db: Db, row: MailSuppressionsTable): Promise<void> {
  await db
    .insertInto('mail_suppressions')
    .values({ ...row, email: row.email.toLowerCase() })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .execute();
}

/** Which of `emails` are suppressed, with why (keys in lower case). */
export async function selectSuppressedAmong(
  db: Db,
  emails: string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(emails.map((email) => email.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('mail_suppressions')
    .select(['email', 'reason'])
    .where('email', 'in', wanted)
    .execute();
  return new Map(rows.map((row) => [row.email, row.reason]));
}

/** A page of suppressed addresses, newest first. */
export async function selectMailSuppressions(
  db: Db,
  options: { limit: number; offset: number },
): Promise<MailSuppressionsTable[]> {
  return db
    .selectFrom('mail_suppressions')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('email')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export async function countMailSuppressions(db: Db): Promise<number> {
  const row = await db
    .selectFrom('mail_suppressions')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Forgets a refused address, so mail to it is sent again; false when it was not listed. */
export async function deleteMailSuppression(db: Db, email: string): Promise<boolean> {
  const result = await db
    .deleteFrom('mail_suppressions')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
