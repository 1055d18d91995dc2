import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../lib/errors.ts';
import { type Problem, isMessageKey, problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { BULK_ACTIONS, type BulkAction, type BulkItem, type BulkOutcome } from './bulk-actions.ts';
import { getDeskItem } from './editorial-service.ts';

/**
 * The report of a bulk action, carried in the address of the page that shows it: the POST that
 * ran the action redirects there (POST-redirect-GET), so reloading the report, or coming back
 * to it, shows it again and never runs the action again.
 *
 * Why the address and not a table: the report is small (at most `MAX_BULK_ITEMS` ids and
 * refusal codes, about 1.5 kB once compressed), it needs no migration, nothing to clean up,
 * and any instance can show it. It is signed with a key derived from the session's secret,
 * which only that browser holds, so nobody can make a report that says something was done
 * (or show one to another session), and it expires. Titles are not carried: the page reads
 * them again, as the viewer may see them now.
 */

/** How long a report can be shown again (reloaded, or reached with Back); long past any reload. */
export const BULK_REPORT_LIFETIME_MS = 60 * 60 * 1000;

/** Longer than any report this module writes: anything longer is refused unread. */
const MAX_TOKEN_LENGTH = 16_000;

export interface BulkRecord {
  action: BulkAction;
  /** When the action ran (ms since the epoch). */
  at: number;
  /** The desk's address it was sent from, as the form gave it (the route checks it again). */
  back: string;
  done: string[];
  refused: { id: string; reason: Problem }[];
}

const recordSchema = z.object({
  action: z.enum(BULK_ACTIONS),
  at: z.number(),
  back: z.string(),
  done: z.array(z.string()),
  refused: z.array(
    z.object({
      id: z.string(),
      reason: z.object({
        key: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    }),
  ),
});

function signatureOf(sessionSecret: string, payload: string): Buffer {
  return createHmac('sha256', `bulk-report:${sessionSecret}`).update(payload).digest();
}

/** The report as a token for the session: compressed JSON and its signature, base64url. */
export function sealBulkReport(
  sessionSecret: string,
  outcome: BulkOutcome,
  options: { back: string; now: number },
): string {
  const record: BulkRecord = {
    action: outcome.action,
    at: options.now,
    back: options.back,
    done: outcome.done.map((item) => item.id),
    refused: outcome.refused.map((item) => ({ id: item.id, reason: item.reason })),
  };
  const payload = deflateRawSync(JSON.stringify(record)).toString('base64url');
  return `${payload}.${signatureOf(sessionSecret, payload).toString('base64url')}`;
}

/**
 * A refusal's reason as this version of the catalogue can word it; a key it no longer has
 * (a report made before an upgrade) reads as the general refusal.
 */
function reasonOf(reason: { key: string; params?: Record<string, string | number> }): Problem {
  if (!isMessageKey(reason.key)) return problem('problem.notAllowed');
  return reason.params ? { key: reason.key, params: reason.params } : { key: reason.key };
}

/**
 * The report a token holds, or undefined when it was not signed for this session, was
 * altered, or is older than `BULK_REPORT_LIFETIME_MS`.
 */
export function openBulkReport(
  sessionSecret: string,
  token: string,
  now: number,
): BulkRecord | undefined {
  if (token.length > MAX_TOKEN_LENGTH) return undefined;
  const [payload = '', signature = ''] = token.split('.');
  const expected = signatureOf(sessionSecret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  // Only now, signed by this server, is the payload inflated and read.
  const parsed = recordSchema.safeParse(
    JSON.parse(inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8')),
  );
  if (!parsed.success) return undefined;
  const record = parsed.data;
  if (record.at > now || now - record.at > BULK_REPORT_LIFETIME_MS) return undefined;
  return {
    ...record,
    refused: record.refused.map((item) => ({ id: item.id, reason: reasonOf(item.reason) })),
  };
}

/** An item's title if the actor may see it now (in the trash too), else null. */
async function titleFor(db: Db, actor: Actor, id: string): Promise<string | null> {
  try {
    return (await getDeskItem(db, actor, id)).item.title;
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/** The report to show: what was done and refused, named as the actor may see the items now. */
export async function describeBulkReport(
  db: Db,
  actor: Actor,
  record: BulkRecord,
): Promise<BulkOutcome> {
  const named = async (id: string): Promise<BulkItem> => ({
    id,
    title: await titleFor(db, actor, id),
  });
  return {
    action: record.action,
    done: await Promise.all(record.done.map(named)),
    refused: await Promise.all(
      record.refused.map(async (item) => ({ ...(await named(item.id)), reason: item.reason })),
    ),
  };
}
