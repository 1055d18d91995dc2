import type { Db } from '../../db/connection.ts';
import type { Mailer } from '../../lib/mail/mailer.ts';

/** What the editorial workflow works with: the database, the mail queue, the site's address. */
export interface Newsroom {
  db: Db;
  mailer: Mailer;
  /** Absolute base for links in emails. */
  siteUrl: string;
}
