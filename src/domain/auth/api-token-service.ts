import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  deleteApiToken,
  insertApiToken,
  selectApiTokensOfUser,
  selectApiTokenUser,
  touchApiToken,
} from '../../db/repositories/api-token-repository.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { toActor } from '../users/user-service.ts';
import { parseInput } from '../validation.ts';
import type { Actor } from './actor.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/** Tokens carry a prefix so a leaked one is recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'inspir_';
/** last_used_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

const tokenNameSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(200, 'must be 200 characters or fewer'),
});

/** A new token acting as `actor`. The secret is returned once and never stored. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: { name?: unknown },
): Promise<{ id: string; token: string }> {
  const { name } = parseInput(tokenNameSchema, input);
  const token = newSecret(API_TOKEN_PREFIX);
  const id = randomUUID();
  await inTransaction(db, async (trx) => {
    await insertApiToken(trx, {
      id,
      user_id: actor.id,
      name,
      token_hash: hashSecret(token),
      created_at: currentTimestamp(),
      last_used_at: null,
    });
    await recordAudit(trx, actor, {
      action: 'token.create',
      subjectType: 'token',
      subjectId: id,
      summary: `Created API token “${name}”`,
    });
  });
  return { id, token };
}

/** The owner of a bearer token, acting with the owner's current role and countries. */
export async function actorForApiToken(db: Db, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return undefined;
  const row = await selectApiTokenUser(db, hashSecret(token));
  if (!row) return undefined;
  const { token_id: tokenId, token_last_used_at: lastUsedAt, ...user } = row;
  const now = Date.now();
  if (!lastUsedAt || now - Date.parse(lastUsedAt) > TOUCH_INTERVAL_MS) {
    await touchApiToken(db, tokenId, new Date(now).toISOString());
  }
  return toActor(db, user);
}

export interface ApiTokenListing {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenListing[]> {
  return (await selectApiTokensOfUser(db, actor.id)).map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  }));
}

/** Revokes one of the actor's own tokens. */
export async function revokeApiToken(db: Db, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await deleteApiToken(trx, id, actor.id)))
      throw new NotFoundError('There is no such token.');
    await recordAudit(trx, actor, {
      action: 'token.revoke',
      subjectType: 'token',
      subjectId: id,
      summary: 'Revoked an API token',
    });
  });
}
