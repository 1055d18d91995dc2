import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../../db/connection.ts';
import {
  readJobLastSuccess,
  releaseJobLease,
  renewJobLease,
  takeJobLease,
} from '../../db/repositories/job-lease-repository.ts';

/**
 * How this instance takes its turn at work that must happen once among all instances: a
 * named lease in the database (job_leases) before each round, renewed while it runs.
 */
export interface JobLeases {
  db: Db;
  /** This instance, as the leases name it (host, process and a random part). */
  holder: string;
  /** How long a lease lasts unless renewed: how soon another instance takes over a dead one. */
  ttlMs: number;
}

/** A minute: a dead instance's job resumes within it; renewals (every third) are cheap. */
export const DEFAULT_LEASE_TTL_MS = 60_000;

/**
 * A round is due once the last one (on any instance) started this share of an interval ago:
 * the instances' timers drift by milliseconds, and a full interval would skip whole rounds.
 */
const DUE_SHARE = 0.9;

export function createJobLeases(db: Db, ttlMs = DEFAULT_LEASE_TTL_MS): JobLeases {
  const holder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  return { db, holder, ttlMs };
}

/** Takes the job for a round when no instance holds it and a round is due. */
export function takeTurn(leases: JobLeases, job: { name: string; intervalMs: number }, now: Date) {
  return takeJobLease(leases.db, {
    name: job.name,
    holder: leases.holder,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + leases.ttlMs).toISOString(),
    dueBefore: new Date(now.getTime() - job.intervalMs * DUE_SHARE).toISOString(),
  });
}

export function renewTurn(leases: JobLeases, name: string, now: Date): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + leases.ttlMs).toISOString();
  return renewJobLease(leases.db, { name, holder: leases.holder, expiresAt });
}

export function endTurn(leases: JobLeases, name: string, now: Date, isSuccess: boolean) {
  return releaseJobLease(leases.db, {
    name,
    holder: leases.holder,
    now: now.toISOString(),
    isSuccess,
  });
}

/** When the job last succeeded on any instance (for the lag of one that did not run it). */
export async function lastSuccessAnywhere(leases: JobLeases, name: string): Promise<Date | null> {
  const stamp = await readJobLastSuccess(leases.db, name);
  return stamp ? new Date(stamp) : null;
}
