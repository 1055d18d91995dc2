import type { Db } from '../connection.ts';

/**
 * Job leases: which instance runs a background job's round (src/domain/jobs/). Every statement
 * is one atomic row operation, the same on SQLite (one writer at a time) and PostgreSQL (where
 * `INSERT … ON CONFLICT DO UPDATE … WHERE` locks the row and re-checks the condition on its
 * committed state), so that among parallel takers exactly one gets the row.
 */

export interface LeaseClaim {
  name: string;
  holder: string;
  now: string;
  /** The new lease's end. */
  expiresAt: string;
  /** A round that started before this (anywhere) makes the next one due. */
  dueBefore: string;
}

/**
 * Takes the job's lease for a round when it is free (never taken, given back, or run out)
 * and a round is due: the last one started before `dueBefore`, or never finished (its holder
 * died). True when this holder got it.
 */
export async function takeJobLease(db: Db, claim: LeaseClaim): Promise<boolean> {
  const row = await db
    .insertInto('job_leases')
    .values({
      name: claim.name,
      holder: claim.holder,
      expires_at: claim.expiresAt,
      last_started_at: claim.now,
    })
    .onConflict((conflict) =>
      conflict
        .column('name')
        .doUpdateSet((eb) => ({
          holder: eb.ref('excluded.holder'),
          expires_at: eb.ref('excluded.expires_at'),
          last_started_at: eb.ref('excluded.last_started_at'),
        }))
        .where((eb) =>
          eb.and([
            eb('job_leases.expires_at', '<=', claim.now),
            eb.or([
              eb('job_leases.last_started_at', '<=', claim.dueBefore),
              eb('job_leases.last_finished_at', 'is', null),
              eb('job_leases.last_finished_at', '<', eb.ref('job_leases.last_started_at')),
            ]),
          ]),
        ),
    )
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === claim.holder;
}

/** Extends a lease this holder still has; false when it ran out and another took it. */
export async function renewJobLease(
  db: Db,
  lease: { name: string; holder: string; expiresAt: string },
): Promise<boolean> {
  const result = await db
    .updateTable('job_leases')
    .set({ expires_at: lease.expiresAt })
    .where('name', '=', lease.name)
    .where('holder', '=', lease.holder)
    .where('last_started_at', '>', (eb) => eb.fn.coalesce('last_finished_at', eb.val('')))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Gives the lease back at the end of a round, noting when it finished (and succeeded). Does
 * nothing when another holder has taken the job meanwhile: its round is the one that counts.
 */
export async function releaseJobLease(
  db: Db,
  lease: { name: string; holder: string; now: string; isSuccess: boolean },
): Promise<void> {
  await db
    .updateTable('job_leases')
    .set({
      expires_at: lease.now,
      last_finished_at: lease.now,
      ...(lease.isSuccess ? { last_success_at: lease.now } : {}),
    })
    .where('name', '=', lease.name)
    .where('holder', '=', lease.holder)
    .execute();
}

/** When the job last succeeded on any instance; null when never. */
export async function readJobLastSuccess(db: Db, name: string): Promise<string | null> {
  const row = await db
    .selectFrom('job_leases')
    .select('last_success_at')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.last_success_at ?? null;
}
