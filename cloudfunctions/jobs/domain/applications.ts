import { sql, type Selectable, type Transaction } from 'kysely'
import { APPLICATION_STATUS } from '../../../contract/jobs'
import { refuse } from '../../../server/core/app-error'
import type { DB } from '../../../server/db/schema'
import { whenWords } from '../../../server/time/shanghai'
import type { JobApplicationsTable } from '../tables'

type Trx = Transaction<DB>
type Application = Selectable<JobApplicationsTable>

/** How early a worker may check in before a shift, and how late check-out is still taken. */
export const CHECK_MARGIN_MIN = 30
/** Check-in is refused further than this from the gig's place. */
export const CHECK_RADIUS_M = 1000

/** The worker's view of their application, with what they may do. */
export async function applicationView(db: Trx, a: Application, p: { kind: string }, now: Date) {
  const shifts = await db
    .selectFrom('job_application_shifts as x')
    .innerJoin('job_shifts as s', 's.id', 'x.shift_id')
    .select(['s.id', 's.starts_at', 's.ends_at', 'x.checked_out_at'])
    .where('x.application_id', '=', a.id)
    .orderBy('s.starts_at')
    .execute()
  const rated = await db
    .selectFrom('job_ratings')
    .select('side')
    .where('application_id', '=', a.id)
    .where('side', '=', 'worker')
    .executeTakeFirst()
  const can: ('withdraw' | 'checkIn' | 'rate')[] = []
  if (a.status === 'applied' || a.status === 'viewed' || a.status === 'interview') can.push('withdraw')
  if (a.status === 'hired' && p.kind === 'gig') {
    const t = now.getTime()
    const m = CHECK_MARGIN_MIN * 60_000
    if (shifts.some((s) => t >= new Date(s.starts_at).getTime() - m && t <= new Date(s.ends_at).getTime() + m))
      can.push('checkIn')
  }
  if (a.status === 'hired' && !rated && workDone(p.kind, shifts, now)) can.push('rate')
  return {
    id: a.id,
    status: a.status,
    statusLabel: APPLICATION_STATUS[a.status],
    reason: a.reason,
    createdAt: new Date(a.created_at).toISOString(),
    shiftIds: shifts.map((s) => s.id),
    can,
  }
}

/** Rating opens once work was done: a gig's first shift ended; other kinds once hired. */
export const workDone = (kind: string, shifts: { ends_at: Date | string }[], now: Date) =>
  kind !== 'gig' || shifts.some((s) => new Date(s.ends_at) <= now)

/**
 * Refuse when any of these shifts overlaps a shift the worker was already hired for (another
 * posting, or another application): a person cannot be at two sites at once.
 */
export async function refuseOverlap(db: Trx, userId: number, shiftIds: number[], exceptApplication: number | null) {
  if (!shiftIds.length) return
  const clash = await db
    .selectFrom('job_shifts as n')
    .innerJoin('job_shifts as s', (j) =>
      j.on(sql<boolean>`s.starts_at < n.ends_at and s.ends_at > n.starts_at and s.id <> n.id`),
    )
    .innerJoin('job_application_shifts as x', 'x.shift_id', 's.id')
    .innerJoin('job_applications as a', 'a.id', 'x.application_id')
    .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
    .select(['p.title', 's.starts_at', 's.ends_at'])
    .where('n.id', 'in', shiftIds)
    .where('a.user_id', '=', userId)
    .where('a.status', '=', 'hired')
    .where('a.id', '<>', exceptApplication ?? -1)
    .limit(1)
    .executeTakeFirst()
  if (clash)
    refuse(
      'CONFLICT',
      `班次时间与已录用的「${clash.title}」（${whenWords(new Date(clash.starts_at))} 起）重叠，同一时间只能做一份工`,
    )
}
