import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import { selectLabel } from '../../db/repositories/label-repository.ts';
import { deleteApiTokensOfUser } from '../../db/repositories/api-token-repository.ts';
import {
  endUnusedLinksOfUser,
  lockLinksOfUser,
} from '../../db/repositories/one-time-link-repository.ts';
import { deleteSessionsOfUser } from '../../db/repositories/session-repository.ts';
import {
  insertUser,
  selectCountryIdsOfUsers,
  selectUserByEmail,
  selectUserById,
  selectUsers,
  updateUser as updateUserRow,
} from '../../db/repositories/user-repository.ts';
import type { UserRole, UsersTable } from '../../db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { slugPattern } from '../../lib/slug.ts';
import { SITE_TIME_ZONE, currentTimestamp } from '../../lib/time.ts';
import type { Actor } from '../auth/actor.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import { canOnSite } from '../auth/permissions.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { parseInput } from '../validation.ts';
import { chosenLanguage } from './account-service.ts';
import { timeZonesOfUsers } from './time-zones.ts';

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, 'problem.minCharacters')
  .max(200, 'problem.maxCharacters');

const emailSchema = z.string().trim().toLowerCase().pipe(z.email('problem.emailAddress').max(320));

const userFieldsSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'problem.required').max(200),
  role: z.enum(['administrator', 'editor', 'contributor'], 'problem.userRole'),
  countries: z.array(z.string().regex(slugPattern, 'problem.countrySlugs')).max(20).default([]),
});

const createUserSchema = userFieldsSchema.extend({ password: passwordSchema.optional() });

export type CreateUserInput = z.input<typeof createUserSchema>;

/** Editors answer for one or more countries; nobody else has any. */
async function resolveCountries(db: Db, role: UserRole, slugs: string[]): Promise<string[]> {
  if (role !== 'editor') {
    if (slugs.length > 0) {
      throw new ValidationError(problem('problem.fieldsNeedAttention'), {
        countries: problem('problem.countriesForEditorsOnly'),
      });
    }
    return [];
  }
  if (slugs.length === 0) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      countries: problem('problem.editorNeedsCountry'),
    });
  }
  const ids: string[] = [];
  for (const slug of new Set(slugs)) {
    const label = await selectLabel(db, 'country', slug);
    if (!label) {
      throw new ValidationError(problem('problem.fieldsNeedAttention'), {
        countries: problem('problem.thereIsNoCountry', { slug }),
      });
    }
    ids.push(label.id);
  }
  return ids;
}

/**
 * Creates a user. Without a password the account cannot sign in until its owner follows an
 * invitation link. Returns the id.
 */
export async function createUser(db: Db, input: CreateUserInput): Promise<string> {
  const fields = parseInput(createUserSchema, input);
  const countryIds = await resolveCountries(db, fields.role, fields.countries);
  if (await selectUserByEmail(db, fields.email)) {
    throw new ConflictError(problem('problem.emailTaken'), {
      email: problem('problem.alreadyInUse'),
    });
  }
  const id = randomUUID();
  const passwordHash = fields.password ? await hashPassword(fields.password) : null;
  // Author names appear on public pages.
  await changePublicContent(db, (trx) =>
    insertUser(
      trx,
      {
        id,
        email: fields.email,
        name: fields.name,
        role: fields.role,
        password_hash: passwordHash,
        created_at: currentTimestamp(),
      },
      countryIds,
    ),
  );
  return id;
}

async function actorsOf(db: Db, rows: UsersTable[]): Promise<Actor[]> {
  const countries = await selectCountryIdsOfUsers(
    db,
    rows.map((row) => row.id),
  );
  const timeZones = await timeZonesOfUsers(db, rows, countries);
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    countryLabelIds: countries.get(row.id) ?? [],
    timeZone: timeZones.get(row.id) ?? SITE_TIME_ZONE,
    language: chosenLanguage(row.language),
  }));
}

/** The acting identity of a user row, with their countries. */
export async function toActor(db: Db, row: UsersTable): Promise<Actor> {
  const [actor] = await actorsOf(db, [row]);
  if (!actor) throw new Error('unreachable: one row gives one actor');
  return actor;
}

export async function getActorByEmail(db: Db, email: string): Promise<Actor | undefined> {
  const row = await selectUserByEmail(db, email.trim().toLowerCase());
  return row ? toActor(db, row) : undefined;
}

/** A user's name as shown beside their work, or null when there is no such user. */
export async function getUserName(db: Db, id: string): Promise<string | null> {
  const row = await selectUserById(db, id);
  return row?.name ?? null;
}

export interface UserListing extends Actor {
  canSignIn: boolean;
  createdAt: string;
  /** When the account was deactivated; null while it is active. */
  deactivatedAt: string | null;
}

/** Every account, for administrators. */
export async function listUsers(db: Db, actor: Actor): Promise<UserListing[]> {
  if (!canOnSite(actor, 'manage-users')) throw new ForbiddenError();
  const rows = await selectUsers(db);
  const actors = await actorsOf(db, rows);
  return actors.map((user, index) => ({
    ...user,
    canSignIn: rows[index]?.password_hash != null && rows[index]?.deactivated_at == null,
    createdAt: rows[index]?.created_at ?? '',
    deactivatedAt: rows[index]?.deactivated_at ?? null,
  }));
}

const updateUserSchema = userFieldsSchema.omit({ email: true });

/**
 * Changes a user's name, role and countries (administrators only). A new role signs them out
 * everywhere and revokes their API tokens: access given for one role is not kept in another.
 */
export async function changeUser(
  db: Db,
  actor: Actor,
  id: string,
  input: z.input<typeof updateUserSchema>,
): Promise<void> {
  if (!canOnSite(actor, 'manage-users')) throw new ForbiddenError();
  const fields = parseInput(updateUserSchema, input);
  const existing = await selectUserById(db, id);
  if (!existing) throw new NotFoundError(problem('problem.noSuchUser'));
  if (existing.id === actor.id && fields.role !== 'administrator') {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      role: problem('problem.cannotLeaveAdministrators'),
    });
  }
  const countryIds = await resolveCountries(db, fields.role, fields.countries);
  // The name is an author's name on public pages.
  await changePublicContent(db, async (trx) => {
    await updateUserRow(trx, id, { name: fields.name, role: fields.role }, countryIds);
    // New rights take effect at the next sign-in, and lost rights at once.
    if (existing.role !== fields.role) await endAccessOfUser(trx, id);
    await recordAudit(trx, actor, {
      action: 'user.change',
      subjectType: 'user',
      subjectId: id,
      summary: countryIds.length
        ? auditSummary('audit.userChangedForCountries', {
            email: existing.email,
            role: fields.role,
            countries: fields.countries.join(', '),
          })
        : auditSummary('audit.userChanged', { email: existing.email, role: fields.role }),
    });
  });
}

/** Ends every session of the user and revokes every API token (inside the caller's transaction). */
async function endAccessOfUser(db: Db, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
  await deleteApiTokensOfUser(db, userId);
}

/**
 * Deactivates an account (administrators only, never their own): it is signed out everywhere,
 * its API tokens are revoked, its password and unused links are removed, and it cannot sign
 * in or ask for a reset link until reactivated. Its items and history stay.
 */
export async function deactivateUser(db: Db, actor: Actor, id: string): Promise<void> {
  if (!canOnSite(actor, 'manage-users')) throw new ForbiddenError();
  const existing = await selectUserById(db, id);
  if (!existing) throw new NotFoundError(problem('problem.noSuchUser'));
  if (existing.id === actor.id)
    throw new ForbiddenError(problem('problem.cannotDeactivateYourself'));
  await inTransaction(db, async (trx) => {
    await lockLinksOfUser(trx, id);
    const now = currentTimestamp();
    await updateUserRow(trx, id, { deactivated_at: now, password_hash: null });
    await endAccessOfUser(trx, id);
    await endUnusedLinksOfUser(trx, id, now);
    await recordAudit(trx, actor, {
      action: 'user.deactivate',
      subjectType: 'user',
      subjectId: id,
      summary: auditSummary('audit.userDeactivated', { email: existing.email }),
    });
  });
}

/**
 * Reactivates an account. Its password was removed on deactivation, so its owner chooses a new
 * one through a reset link ("Forgot your password?").
 */
export async function reactivateUser(db: Db, actor: Actor, id: string): Promise<void> {
  if (!canOnSite(actor, 'manage-users')) throw new ForbiddenError();
  const existing = await selectUserById(db, id);
  if (!existing) throw new NotFoundError(problem('problem.noSuchUser'));
  await inTransaction(db, async (trx) => {
    await updateUserRow(trx, id, { deactivated_at: null });
    await recordAudit(trx, actor, {
      action: 'user.reactivate',
      subjectType: 'user',
      subjectId: id,
      summary: auditSummary('audit.userReactivated', { email: existing.email }),
    });
  });
}

/** Sets a password and ends every session of the user. */
export async function setPassword(
  db: Db,
  userId: string,
  password: string,
  options: { isRevokingApiTokens?: boolean } = {},
): Promise<void> {
  const parsed = parseInput(z.object({ password: passwordSchema }), { password });
  const hash = await hashPassword(parsed.password);
  await inTransaction(db, async (trx) => {
    await updateUserRow(trx, userId, { password_hash: hash });
    if (options.isRevokingApiTokens) await endAccessOfUser(trx, userId);
    else await deleteSessionsOfUser(trx, userId);
  });
}

export { emailSchema };
