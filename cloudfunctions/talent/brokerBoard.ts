import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { isAdmin } from '../../server/people/roles'
import { shanghaiDate } from '../../server/time/shanghai'
import { brokerOf } from './domain/access'
import { presentSummary, publicChallenges } from './domain/challenges'

/** Open challenges with fewer than this many live takes need a broker's help. */
export const FEW_TAKERS = 2

/** 人才经纪人: open challenges of their communities with few takers, fewest first, then nearest deadline. */
export const brokerBoard = handler('talent', 'brokerBoard', {
  access: ['broker', 'admin'],
  async run({ db, user, now }) {
    let communities = db.selectFrom('communities').select(['id', 'name']).orderBy('id')
    if (!isAdmin(user)) {
      const ids = brokerOf(user)
      communities = communities.where('id', 'in', ids.length ? ids : [-1])
    }
    const mine = await communities.execute()
    if (!mine.length) return { communities: [], items: [] }
    const rows = await publicChallenges(db)
      .select(
        sql<number>`(select count(*)::int from talent_introductions i where i.challenge_id = c.id)`.as('introductions'),
      )
      .where(
        'c.community_id',
        'in',
        mine.map((m) => m.id),
      )
      .where('c.status', '=', 'open')
      .where(sql<boolean>`c.deadline >= ${shanghaiDate(now)}::date`)
      .where(
        sql<boolean>`(select count(*) from talent_takes t where t.challenge_id = c.id and t.status <> 'withdrawn') < ${FEW_TAKERS}`,
      )
      .orderBy(sql`takers`)
      .orderBy('c.deadline')
      .orderBy('c.id')
      .limit(100)
      .execute()
    return {
      communities: mine,
      items: rows.map((r) => ({ ...presentSummary(r, now), introductions: Number(r.introductions) })),
    }
  },
})
