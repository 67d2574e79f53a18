import type { Selectable, Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { maskPhone } from '../../../server/people/mask'
import { formatShanghai } from '../../../server/time/shanghai'
import type { TalentTakesTable } from '../tables'
import { headline } from './profiles'
import { ratingOf } from './words'

type Trx = Transaction<DB>
type Take = Selectable<TalentTakesTable>

const teamName = async (db: Trx, teamId: number | null) =>
  teamId
    ? ((await db.selectFrom('talent_teams').select('name').where('id', '=', teamId).executeTakeFirst())?.name ?? null)
    : null

export async function presentMyTake(db: Trx, t: Take) {
  return {
    id: t.id,
    status: t.status,
    proposal: t.proposal,
    timeline: t.timeline,
    priceYuan: t.price_yuan,
    teamName: await teamName(db, t.team_id),
    submittedAt: formatShanghai(new Date(t.created_at)),
  }
}

/** A challenge's takes as its enterprise sees them: taker, team, their record; phones masked. */
export async function takesForOwner(db: Trx, challengeId: number) {
  const rows = await db
    .selectFrom('talent_takes as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .leftJoin('talent_profiles as p', 'p.user_id', 't.user_id')
    .selectAll('t')
    .select(['u.display_name', 'u.phone', 'p.institution', 'p.title', 'p.field', 'p.rating_sum', 'p.rating_count'])
    .where('t.challenge_id', '=', challengeId)
    .where('t.status', '<>', 'withdrawn')
    .orderBy('t.id')
    .execute()
  const out = []
  for (const r of rows) {
    let team: { id: number; name: string; members: string[] } | null = null
    if (r.team_id) {
      const members = await db
        .selectFrom('talent_team_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select('u.display_name')
        .where('m.team_id', '=', r.team_id)
        .where('m.status', '=', 'accepted')
        .orderBy('m.invited_at')
        .execute()
      team = { id: r.team_id, name: (await teamName(db, r.team_id)) ?? '', members: members.map((m) => m.display_name) }
    }
    out.push({
      id: r.id,
      status: r.status,
      proposal: r.proposal,
      timeline: r.timeline,
      priceYuan: r.price_yuan,
      submittedAt: formatShanghai(new Date(r.created_at)),
      takerId: r.user_id,
      takerName: r.display_name,
      takerPhone: maskPhone(r.phone),
      headline: headline({ institution: r.institution ?? '', title: r.title ?? '', field: r.field ?? '' }),
      rating: ratingOf(r.rating_sum ?? 0, r.rating_count ?? 0),
      ratings: r.rating_count ?? 0,
      team,
    })
  }
  return out
}
