import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import { databaseBusyError } from '../../db/database-busy.ts';
import {
  deleteApiToken,
  insertApiToken,
  selectApiTokensOfUser,
  selectApiTokenUser,
  touchApiToken,
} from '../../db/repositories/api-token-repository.ts';
import { NotFoundError, UnauthorizedError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import { toActor } from '../users/user-service.ts';
import { parseInput } from '../validation.ts';
import type { Actor } from './actor.ts';
import { hashSecret, newSecret } from './secret-token.ts';
import { leaveFlash, takeFlash } from './session-flash.ts';

/** Tokens carry a prefix so a leaked one is recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'inspir_';
/** last_used_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;
/** The longest lifetime one can choose: ten years. */
export const MAX_TOKEN_DAYS = 3650;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How long after creating it the secret can still be shown (once) on the tokens page. */
const REVEAL_WINDOW_MS = 10 * 60 * 1000;

const noExpiry = new Set(['', 'never']);

const tokenSchema = z.object({
  name: z.string().trim().min(1, 'problem.required').max(200, 'problem.maxCharacters'),
  // Forms send text ('' or "never" for no expiry); the command line sends a number.
  expiresInDays: z.preprocess(
    (value) =>
      value === undefined || value === null || (typeof value === 'string' && noExpiry.has(value))
        ? undefined
        : value,
    z.coerce
      .number('problem.numberOfDays')
      .int('problem.wholeNumberOfDays')
      .min(1, 'problem.atLeastOneDay')
      .max(MAX_TOKEN_DAYS, 'problem.maxDays')
      .optional(),
  ),
});

export interface NewApiToken {
  id: string;
  name: string;
  /** The secret: returned (or shown) once, never stored. */
  token: string;
  expiresAt: string | null;
}

/**
 * A new token acting as `actor`, lasting `expiresInDays` or until revoked. The secret is
 * returned once and never stored; with `revealTo` (a session's secret) it is also left, sealed,
 * for that session's next visit to the tokens page (see {@link takeNewApiToken}).
 */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: { name?: unknown; expiresInDays?: unknown },
  options: { revealTo?: string } = {},
): Promise<NewApiToken> {
  const { name, expiresInDays } = parseInput(tokenSchema, input);
  const token = newSecret(API_TOKEN_PREFIX);
  const id = randomUUID();
  const createdAt = currentTimestamp();
  const expiresAt =
    expiresInDays === undefined
      ? null
      : new Date(Date.parse(createdAt) + expiresInDays * DAY_MS).toISOString();
  const created = { id, name, token, expiresAt };
  await inTransaction(db, async (trx) => {
    await insertApiToken(trx, {
      id,
      user_id: actor.id,
      name,
      token_hash: hashSecret(token),
      created_at: createdAt,
      last_used_at: null,
      expires_at: expiresAt,
    });
    if (options.revealTo) {
      await leaveFlash(trx, options.revealTo, JSON.stringify({ newToken: created, createdAt }));
    }
    await recordAudit(trx, actor, {
      action: 'token.create',
      subjectType: 'token',
      subjectId: id,
      summary: expiresAt
        ? auditSummary('audit.tokenCreatedExpiring', { name, expiresAt })
        : auditSummary('audit.tokenCreated', { name }),
    });
  });
  return created;
}

/**
 * The token this session just created, the first time it asks and never again (a reload of
 * the page shows nothing, and creates nothing).
 */
export async function takeNewApiToken(
  db: Db,
  sessionSecret: string,
): Promise<NewApiToken | undefined> {
  const message = await takeFlash(db, sessionSecret);
  if (!message) return undefined;
  const { newToken, createdAt } = JSON.parse(message) as {
    newToken?: NewApiToken;
    createdAt?: string;
  };
  if (!newToken || !createdAt) return undefined;
  return Date.now() - Date.parse(createdAt) <= REVEAL_WINDOW_MS ? newToken : undefined;
}

/**
 * The owner of a bearer token, acting with the owner's current role and countries; undefined
 * for an unknown token. An expired token is refused with a message that says so.
 */
export async function actorForApiToken(db: Db, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return undefined;
  const row = await selectApiTokenUser(db, hashSecret(token));
  if (!row) return undefined;
  const {
    token_id: tokenId,
    token_last_used_at: lastUsedAt,
    token_expires_at: expiresAt,
    ...user
  } = row;
  const now = Date.now();
  if (expiresAt && Date.parse(expiresAt) <= now) {
    throw new UnauthorizedError(problem('problem.tokenExpired', { expiresAt }));
  }
  if (!lastUsedAt || now - Date.parse(lastUsedAt) > TOUCH_INTERVAL_MS) {
    try {
      await touchApiToken(db, tokenId, new Date(now).toISOString());
    } catch (error) {
      // The last use is a hint for people, not a reason to refuse a read while an import
      // holds SQLite's write lock: skip it this time, the next request writes it.
      if (!databaseBusyError(error)) throw error;
    }
  }
  return toActor(db, user);
}

export interface ApiTokenListing {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  isExpired: boolean;
}

export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenListing[]> {
  const now = Date.now();
  return (await selectApiTokensOfUser(db, actor.id)).map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    isExpired: row.expires_at !== null && Date.parse(row.expires_at) <= now,
  }));
}

/** Revokes one of the actor's own tokens. */
export async function revokeApiToken(db: Db, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await deleteApiToken(trx, id, actor.id)))
      throw new NotFoundError(problem('problem.noSuchToken'));
    await recordAudit(trx, actor, {
      action: 'token.revoke',
      subjectType: 'token',
      subjectId: id,
      summary: auditSummary('audit.tokenRevoked'),
    });
  });
}
