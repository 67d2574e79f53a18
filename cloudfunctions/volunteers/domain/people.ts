import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { TeamRow } from './access'

/** Who organises a team, to be told of sign-ups and repair requests: its members made organisers, else the community's 社工. */
export async function organiserIds(db: Transaction<DB>, team: TeamRow): Promise<number[]> {
  const members = await db
    .selectFrom('volunteer_members')
    .select('user_id')
    .where('team_id', '=', team.id)
    .where('organiser', '=', true)
    .where('status', '=', 'active')
    .execute()
  if (members.length) return members.map((m) => m.user_id)
  const workers = await db
    .selectFrom('user_roles')
    .select('user_id')
    .distinct()
    .where('role', '=', 'social_worker')
    .where('community_id', '=', team.community_id)
    .where('revoked_at', 'is', null)
    .execute()
  return workers.map((w) => w.user_id)
}
