import { sql } from 'kysely'
import { APPLICATION_STATUS } from '../../contract/jobs'
import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { heldFairFigures } from '../fairs/public'
import { sharedWorkerDays } from './domain/shares'

type Status = keyof typeof APPLICATION_STATUS

/**
 * 零工市场 statistics per community (the 社工's communities; admins every community): postings open
 * and waiting, applications by status, hires, gig hours confirmed, 共享员工 worker-days, and the
 * weekly fairs held so far (fairs' public face: booths, seekers, 投递, 达成意向, hires within 30 days).
 */
export const marketStats = handler('jobs', 'marketStats', {
  access: ['social_worker', 'admin'],
  async run(ctx) {
    const { db, user } = ctx
    const all = isAdmin(user)
    let cq = db.selectFrom('communities').select(['id', 'name']).orderBy('id')
    if (!all) cq = cq.where('id', 'in', socialWorkerOf(user).length ? socialWorkerOf(user) : [-1])
    const communities = await cq.execute()
    const ids = communities.map((c) => c.id)
    if (ids.length === 0) return { communities: [] }
    const postings = await db
      .selectFrom('job_postings')
      .select([
        'community_id',
        sql<number>`count(*) filter (where status = 'open')::int`.as('open'),
        sql<number>`count(*) filter (where status = 'review')::int`.as('review'),
      ])
      .where('community_id', 'in', ids)
      .groupBy('community_id')
      .execute()
    const applications = await db
      .selectFrom('job_applications as a')
      .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
      .select(['p.community_id', 'a.status', sql<number>`count(*)::int`.as('n')])
      .where('p.community_id', 'in', ids)
      .groupBy(['p.community_id', 'a.status'])
      .execute()
    const hours = await db
      .selectFrom('job_application_shifts as s')
      .innerJoin('job_applications as a', 'a.id', 's.application_id')
      .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
      .select(['p.community_id', sql<number>`coalesce(sum(s.confirmed_minutes), 0)::int`.as('minutes')])
      .where('p.community_id', 'in', ids)
      .where('s.confirmed_minutes', 'is not', null)
      .groupBy('p.community_id')
      .execute()
    const shares = await sharedWorkerDays(db, ids)
    const out = []
    for (const c of communities) {
      const p = postings.find((r) => r.community_id === c.id)
      const byStatus = (Object.keys(APPLICATION_STATUS) as Status[]).map((status) => ({
        status,
        label: APPLICATION_STATUS[status],
        count: Number(applications.find((r) => r.community_id === c.id && r.status === status)?.n ?? 0),
      }))
      const s = shares.find((r) => r.communityId === c.id)
      // One community after another: a transaction is one connection.
      const f = await heldFairFigures(ctx, c.id)
      const row = {
        communityId: c.id,
        community: c.name,
        openPostings: Number(p?.open ?? 0),
        reviewPostings: Number(p?.review ?? 0),
        applications: byStatus.reduce((n, x) => n + x.count, 0),
        byStatus,
        hires: byStatus.find((x) => x.status === 'hired')!.count,
        gigHours: Math.round(Number(hours.find((r) => r.community_id === c.id)?.minutes ?? 0) / 6) / 10,
        shareMatches: s?.matches ?? 0,
        sharedWorkerDays: s?.workerDays ?? 0,
        fairs: {
          held: f.fairs,
          booths: f.boothsBooked,
          seekers: f.registered,
          checkedIn: f.checkedIn,
          applications: f.applications,
          intents: f.intents,
          hires: f.hires,
        },
      }
      // An admin's list: the communities with a market (anything at all), not every community.
      if (!all || row.openPostings + row.reviewPostings + row.applications + row.shareMatches + f.fairs > 0)
        out.push(row)
    }
    return { communities: out }
  },
})
