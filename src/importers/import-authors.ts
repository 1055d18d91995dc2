import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { insertRows } from '../db/repositories/bulk-insert.ts';
import { selectUsers } from '../db/repositories/user-repository.ts';
import type { UsersTable } from '../db/schema.ts';
import { slugify } from '../lib/slug.ts';
import type { ImportedAuthor } from './import-bundle.ts';

export interface AuthorOutcome {
  /** User id by the author's source id. */
  userIdBySourceId: Map<string, string>;
  created: UsersTable[];
  /** Source ids matched to an account that already existed (by an earlier import or email). */
  matched: number;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A stand-in address for an author the export gives none (or a shared placeholder) for. The
 * `.invalid` domain can never receive mail; an administrator sets the real address when
 * inviting them.
 */
function placeholderEmail(source: string, author: ImportedAuthor): string {
  const digest = createHash('sha256').update(`${source}\n${author.sourceId}`).digest('hex');
  const name = slugify(author.name, 40) || 'author';
  return `${name}-${digest.slice(0, 10)}@imported.invalid`;
}

/**
 * Finds or creates an account for each author of the imported items. Existing accounts are
 * matched by an earlier import of the same site, then by email; new ones are contributors
 * without a password, so nobody can sign in as them until an administrator invites them.
 */
export async function resolveImportedAuthors(
  db: Db,
  options: {
    source: string;
    authors: ImportedAuthor[];
    /** Users this site's earlier imports created or matched, by source id. */
    known: Map<string, string>;
    now: string;
  },
): Promise<AuthorOutcome> {
  const users = await selectUsers(db);
  const userByEmail = new Map(users.map((user) => [user.email.toLowerCase(), user.id]));
  const outcome: AuthorOutcome = { userIdBySourceId: new Map(), created: [], matched: 0 };
  for (const author of options.authors) {
    if (outcome.userIdBySourceId.has(author.sourceId)) continue;
    const known = options.known.get(author.sourceId);
    const email = author.email?.trim().toLowerCase() ?? '';
    const byEmail = EMAIL_PATTERN.test(email) ? userByEmail.get(email) : undefined;
    const matchedId = known ?? byEmail;
    if (matchedId) {
      outcome.userIdBySourceId.set(author.sourceId, matchedId);
      outcome.matched++;
      continue;
    }
    const usable = EMAIL_PATTERN.test(email) && email.length <= 254;
    const user: UsersTable = {
      id: randomUUID(),
      email: usable ? email : placeholderEmail(options.source, author),
      name: (author.name.trim() || author.sourceId).slice(0, 200),
      role: 'contributor',
      password_hash: null,
      created_at: options.now,
      deactivated_at: null,
      time_zone: null,
      language: null,
    };
    userByEmail.set(user.email, user.id);
    outcome.userIdBySourceId.set(author.sourceId, user.id);
    outcome.created.push(user);
  }
  await insertRows(db, 'users', outcome.created);
  return outcome;
}
