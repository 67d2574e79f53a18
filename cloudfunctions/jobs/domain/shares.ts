import { sql, type Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import type { DB } from '../../../server/db/schema'
import { maskName } from '../../../server/people/mask'
import type { Caller } from '../../../server/people/roles'
import { isLiaisonOf } from './access'

type Trx = Transaction<DB>

/** A 共享员工 match with both enterprises (locked for a change when asked). */
export async function shareMatchRow(db: Trx, id: number, lock = false) {
  let q = db
    .selectFrom('job_share_matches as m')
    .innerJoin('job_shares as l', 'l.id', 'm.lend_id')
    .innerJoin('job_shares as b', 'b.id', 'm.borrow_id')
    .select([
      'm.id',
      'm.headcount',
      'm.community_id',
      'm.lender_confirmed_at',
      'm.borrower_confirmed_at',
      'l.enterprise_id as lender_id',
      'b.enterprise_id as borrower_id',
      sql<string>`m.start_date::text`.as('start_date'),
      sql<string>`m.end_date::text`.as('end_date'),
    ])
    .where('m.id', '=', id)
  if (lock) q = q.forUpdate()
  const m = await q.executeTakeFirst()
  if (!m) return refuse('NOT_FOUND', '共享员工对接不存在')
  return m
}

/** Days of a period, both ends counted. */
export const periodDays = (start: string, end: string) =>
  Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1

/** Matches as their enterprises, the 社工 and the workers see them (filtered by the caller). */
export async function presentMatches(db: Trx, user: Caller, where: (q: any) => any) {
  const rows = await where(
    db
      .selectFrom('job_share_matches as m')
      .innerJoin('job_shares as l', 'l.id', 'm.lend_id')
      .innerJoin('job_shares as b', 'b.id', 'm.borrow_id')
      .innerJoin('enterprises as le', 'le.id', 'l.enterprise_id')
      .innerJoin('enterprises as be', 'be.id', 'b.enterprise_id')
      .select([
        'm.id',
        'm.headcount',
        'm.lender_confirmed_at',
        'm.borrower_confirmed_at',
        'l.enterprise_id as lender_id',
        'b.enterprise_id as borrower_id',
        'le.name as lender',
        'be.name as borrower',
        sql<string>`m.start_date::text`.as('start_date'),
        sql<string>`m.end_date::text`.as('end_date'),
      ]),
  )
    .orderBy('m.id', 'desc')
    .limit(200)
    .execute()
  const out = []
  for (const m of rows) {
    const workers = await db
      .selectFrom('job_share_workers as w')
      .leftJoin('users as u', 'u.id', 'w.user_id')
      .select(['w.user_id', 'u.display_name', 'w.consented_at', 'w.declined_at'])
      .where('w.match_id', '=', m.id)
      .orderBy('w.id')
      .execute()
    const consented = workers.filter((w) => w.consented_at).length
    const mine = workers.find((w) => w.user_id === user.id)
    const can: ('confirm' | 'addWorker' | 'consent')[] = []
    if (
      (isLiaisonOf(user, m.lender_id) && !m.lender_confirmed_at) ||
      (isLiaisonOf(user, m.borrower_id) && !m.borrower_confirmed_at)
    )
      can.push('confirm')
    if (isLiaisonOf(user, m.lender_id) && workers.filter((w) => !w.declined_at).length < m.headcount)
      can.push('addWorker')
    if (mine && !mine.consented_at && !mine.declined_at) can.push('consent')
    out.push({
      id: m.id,
      lender: m.lender,
      borrower: m.borrower,
      headcount: m.headcount,
      startDate: m.start_date,
      endDate: m.end_date,
      lenderConfirmed: !!m.lender_confirmed_at,
      borrowerConfirmed: !!m.borrower_confirmed_at,
      workers: workers.map((w) => ({
        name: w.display_name ? maskName(w.display_name) : '已注销用户',
        consent: w.consented_at ? ('consented' as const) : w.declined_at ? ('declined' as const) : ('pending' as const),
      })),
      workerDays:
        m.lender_confirmed_at && m.borrower_confirmed_at ? consented * periodDays(m.start_date, m.end_date) : 0,
      can,
    })
  }
  return out
}

/**
 * Shared worker-days per community: matches both enterprises confirmed, each counting its
 * consenting workers × the days of its period. `communities` null: every community.
 */
export async function sharedWorkerDays(db: Trx, communities: number[] | null) {
  let q = db
    .selectFrom('job_share_matches as m')
    .innerJoin('communities as c', 'c.id', 'm.community_id')
    .select([
      'c.id as community_id',
      'c.name as community',
      sql<number>`count(*)::int`.as('matches'),
      sql<number>`coalesce(sum((m.end_date - m.start_date + 1) * (select count(*) from job_share_workers w
        where w.match_id = m.id and w.consented_at is not null)), 0)::int`.as('worker_days'),
    ])
    .where('m.lender_confirmed_at', 'is not', null)
    .where('m.borrower_confirmed_at', 'is not', null)
    .groupBy(['c.id', 'c.name'])
    .orderBy('c.name')
  if (communities) q = q.where('m.community_id', 'in', communities.length ? communities : [-1])
  const rows = await q.execute()
  return rows.map((r) => ({
    communityId: r.community_id,
    community: r.community,
    matches: Number(r.matches),
    workerDays: Number(r.worker_days),
  }))
}
