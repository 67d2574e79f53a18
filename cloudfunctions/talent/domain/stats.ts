import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'

type Trx = Transaction<DB>

/**
 * Figures per community, counted from the records: challenges posted, taken (at least one live
 * take), solved (delivery accepted), teams formed, 技术论证会 held, overseas experts matched (an
 * introduction or an award), 双聘 needs filled. `by` groups communities or districts; overseas
 * experts are counted once per group (one person matched in two communities is one in the district).
 */
export async function talentStats(db: Trx, by: 'community' | 'district') {
  const key = by === 'community' ? sql.ref('m.id') : sql.ref('m.district')
  const { rows } = await sql<{
    key: string | number
    name: string
    district: string
    communities: number
    posted: number
    taken: number
    solved: number
    teams: number
    reviews: number
    overseas_matched: number
    dual_appointed: number
  }>`
    select ${key} as key, min(m.name) as name, min(m.district) as district, count(distinct m.id)::int as communities,
      coalesce(sum(c.posted), 0)::int as posted, coalesce(sum(c.taken), 0)::int as taken,
      coalesce(sum(c.solved), 0)::int as solved, coalesce(sum(c.reviews), 0)::int as reviews,
      coalesce(sum(t.teams), 0)::int as teams, coalesce(sum(n.dual), 0)::int as dual_appointed,
      (select count(distinct x.expert_id)::int from (
          select i.expert_id, i.community_id from talent_introductions i
          union all
          select k.user_id, ch.community_id from talent_takes k join talent_challenges ch on ch.id = k.challenge_id
          where k.status = 'awarded') x
        join talent_profiles p on p.user_id = x.expert_id and p.overseas
        join communities xm on xm.id = x.community_id
        where ${by === 'community' ? sql`xm.id` : sql`xm.district`} = ${key}) as overseas_matched
    from communities m
    left join lateral (
      select count(*) as posted,
        count(*) filter (where exists (select 1 from talent_takes k where k.challenge_id = ch.id
                                       and k.status <> 'withdrawn')) as taken,
        count(*) filter (where ch.status = 'solved') as solved,
        count(*) filter (where ch.review_activity_id is not null) as reviews
      from talent_challenges ch where ch.community_id = m.id) c on true
    left join lateral (select count(*) as teams from talent_teams tt
                       where tt.community_id = m.id and tt.formed_at is not null) t on true
    left join lateral (select count(*) as dual from talent_needs nd
                       where nd.community_id = m.id and nd.mode = 'dual' and nd.status = 'filled') n on true
    group by ${key}
    order by min(m.id)`.execute(db)
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    district: r.district,
    communities: Number(r.communities),
    posted: Number(r.posted),
    taken: Number(r.taken),
    solved: Number(r.solved),
    teams: Number(r.teams),
    reviews: Number(r.reviews),
    overseasMatched: Number(r.overseas_matched),
    dualAppointed: Number(r.dual_appointed),
  }))
}

export async function historyRecords(db: Trx) {
  const { rows } = await sql<{ n: number }>`
    select ((select count(*) from talent_challenges where history) + (select count(*) from talent_teams where history)
      + (select count(*) from talent_introductions where history) + (select count(*) from talent_needs where history))::int as n`.execute(
    db,
  )
  return Number(rows[0].n)
}
