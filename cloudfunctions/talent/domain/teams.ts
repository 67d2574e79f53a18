import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { TeamMemberStatus } from '../tables'

type Trx = Transaction<DB>

/** A team's skills and chains are its accepted members' together (what recommendations match on). */
export async function refreshTeamSkills(db: Trx, teamId: number | number[]) {
  const ids = Array.isArray(teamId) ? teamId : [teamId]
  await sql`
    update talent_teams t set
      skills = coalesce((select array_agg(distinct s) from talent_team_members m
        join talent_profiles p on p.user_id = m.user_id, unnest(p.skills) s
        where m.team_id = t.id and m.status = 'accepted'), '{}'),
      chains = coalesce((select array_agg(distinct s) from talent_team_members m
        join talent_profiles p on p.user_id = m.user_id, unnest(p.chains) s
        where m.team_id = t.id and m.status = 'accepted'), '{}')
    where t.id = any(${ids}::int[])`.execute(db)
}

export async function teamById(db: Trx, id: number) {
  return db.selectFrom('talent_teams').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function presentTeam(db: Trx, teamId: number) {
  const t = await db.selectFrom('talent_teams').selectAll().where('id', '=', teamId).executeTakeFirstOrThrow()
  const members = await db
    .selectFrom('talent_team_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.status', 'u.display_name'])
    .where('m.team_id', '=', teamId)
    .orderBy('m.invited_at')
    .orderBy('m.user_id')
    .execute()
  return {
    id: t.id,
    name: t.name,
    intro: t.intro,
    leaderId: t.leader_id,
    formed: t.formed_at !== null,
    members: members.map((m) => ({ userId: m.user_id, name: m.display_name, status: m.status as TeamMemberStatus })),
    skills: t.skills,
  }
}

/** Accepted members of a team. */
export async function acceptedMembers(db: Trx, teamId: number) {
  const rows = await db
    .selectFrom('talent_team_members')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('status', '=', 'accepted')
    .execute()
  return rows.map((r) => r.user_id)
}
