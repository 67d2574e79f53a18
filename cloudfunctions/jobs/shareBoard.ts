import { sql } from 'kysely'
import { handler, own } from '../../server/core/define-function'
import { enterprisesOf, isAdmin, socialWorkerOf } from '../../server/people/roles'
import { reviewsCommunity } from './domain/access'
import { presentMatches } from './domain/shares'

/**
 * 共享员工: a 社工 sees their communities' offers and asks and the matches; a liaison their
 * enterprise's; a lent worker the matches naming them (to consent). Admins see all.
 */
export const shareBoard = handler('jobs', 'shareBoard', {
  access: own("reads the offers and matches of the caller's communities, enterprises or own placements"),
  async run({ db, user }) {
    const communities = socialWorkerOf(user)
    const enterprises = enterprisesOf(user)
    const all = isAdmin(user)
    const scope = (col: string, ent: string) =>
      sql<boolean>`(${all} or ${sql.ref(col)} = any(${sql.val(communities)}::int[]) or ${sql.ref(ent)} = any(${sql.val(enterprises)}::int[]))`
    const offers = await db
      .selectFrom('job_shares as s')
      .innerJoin('enterprises as e', 'e.id', 's.enterprise_id')
      .innerJoin('communities as c', 'c.id', 's.community_id')
      .select([
        's.id',
        's.community_id',
        'c.name as community',
        'e.name as enterprise',
        's.side',
        's.headcount',
        's.skills',
        's.note',
        's.status',
        sql<string>`s.start_date::text`.as('start_date'),
        sql<string>`s.end_date::text`.as('end_date'),
      ])
      .where(scope('s.community_id', 's.enterprise_id'))
      .orderBy('s.id', 'desc')
      .limit(200)
      .execute()
    const matches = await presentMatches(db, user, (q) =>
      q.where(
        sql<boolean>`(${scope('m.community_id', 'l.enterprise_id')} or b.enterprise_id = any(${sql.val(enterprises)}::int[])
          or exists (select 1 from job_share_workers w where w.match_id = m.id and w.user_id = ${user.id}))`,
      ),
    )
    const mine = enterprises.length
      ? await db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', enterprises).orderBy('id').execute()
      : []
    const can: ('offer' | 'match' | 'stats')[] = []
    if (mine.length) can.push('offer')
    if (all || communities.length) can.push('match', 'stats')
    return {
      offers: offers.map((o) => ({
        id: o.id,
        enterprise: o.enterprise,
        side: o.side,
        headcount: o.headcount,
        startDate: o.start_date,
        endDate: o.end_date,
        skills: o.skills,
        note: o.note,
        status: o.status,
        community: o.community,
        can: o.status === 'open' && reviewsCommunity(user, o.community_id) ? ['match' as const] : [],
      })),
      matches,
      enterprises: mine,
      can,
    }
  },
})
