import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { TeamRow } from './access'
import { holdersOf } from '../../../server/people/grants'

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
  return holdersOf(db, 'social_worker', team.community_id)
}
