import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import {
  countAuditEvents,
  insertAuditEvent,
  selectAuditEvents,
} from '../../db/repositories/audit-repository.ts';
import { currentTimestamp } from '../../lib/time.ts';
import type { Actor } from '../auth/actor.ts';
import { type AuditSummary, decodeAuditSummary, encodeAuditSummary } from './audit-summary.ts';

export { type AuditSummary, auditSummary, auditSummaryText } from './audit-summary.ts';

export interface AuditEntry {
  action: string;
  subjectType:
    | 'content'
    | 'user'
    | 'media'
    | 'token'
    | 'label'
    | 'settings'
    | 'session'
    | 'comment'
    | 'newsletter'
    | 'subscriber'
    | 'person'
    | 'signature'
    | 'mail';
  subjectId?: string | null;
  /** What was done, as a catalogue code, so the log reads in each administrator's language. */
  summary: AuditSummary;
}

/** Records who did what. Call it inside the transaction of the change it describes. */
export async function recordAudit(db: Db, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(db, {
    id: randomUUID(),
    at: currentTimestamp(),
    actor_id: actor?.id ?? null,
    actor_email: actor?.email ?? null,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId ?? null,
    summary: encodeAuditSummary(entry.summary),
  });
}

export interface AuditEvent {
  id: string;
  at: string;
  actorEmail: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** Worded by the page: `i18n.t(summary.key, summary.params)`. */
  summary: AuditSummary;
}

export const AUDIT_EVENTS_PER_PAGE = 50;

/** A page of the log, newest first. Administrators only: the caller checks. */
export async function listAuditEvents(
  db: Db,
  page: number,
): Promise<{ events: AuditEvent[]; total: number }> {
  const [rows, total] = await Promise.all([
    selectAuditEvents(db, {
      limit: AUDIT_EVENTS_PER_PAGE,
      offset: (page - 1) * AUDIT_EVENTS_PER_PAGE,
    }),
    countAuditEvents(db),
  ]);
  const events = rows.map((row) => ({
    id: row.id,
    at: row.at,
    actorEmail: row.actor_email,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    summary: decodeAuditSummary(row.summary),
  }));
  return { events, total };
}
