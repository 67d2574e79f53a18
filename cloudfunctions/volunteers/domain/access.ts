import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import type { DB } from '../../../server/db/schema'
import type { Caller } from '../../../server/people/roles'
import { isCommunityStaff } from '../../../server/people/staff'

export async function teamById(db: Transaction<DB>, id: number) {
  const t = await db.selectFrom('volunteer_teams').selectAll().where('id', '=', id).executeTakeFirst()
  if (!t) return refuse('NOT_FOUND', '志愿队不存在')
  return t
}
export type TeamRow = Awaited<ReturnType<typeof teamById>>

/** An organiser of a team: a 社工 of its community (or an admin), or an active member made organiser. */
export async function organises(db: Transaction<DB>, user: Caller | null, team: TeamRow) {
  if (!user) return false
  if (isCommunityStaff(user, team.community_id)) return true
  const m = await db
    .selectFrom('volunteer_members')
    .select('organiser')
    .where('team_id', '=', team.id)
    .where('user_id', '=', user.id)
    .where('status', '=', 'active')
    .executeTakeFirst()
  return !!m?.organiser
}

/** Guard: the caller organises the team the input names. */
export const teamOrganiser = defineGuard('organiser of the team', async ({ db, user }, id) => {
  const team = await teamById(db, id)
  if (!(await organises(db, user, team))) refuse('FORBIDDEN', `只有「${team.name}」的组织者可以操作`)
  return team
})

/** Guard: the caller is a 社工 of the team's community (makes organisers). */
export const teamKeeper = defineGuard("social worker of the team's community", async ({ db, user }, id) => {
  const team = await teamById(db, id)
  if (!isCommunityStaff(user, team.community_id)) refuse('FORBIDDEN', '只有本社区的社工可以指定组织者')
  return team
})

/** Guard: the caller organises the team of the task the input names; the task is locked. */
export const taskOrganiser = defineGuard("organiser of the task's team", async ({ db, user }, id) => {
  const task = await db.selectFrom('volunteer_tasks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!task) return refuse('NOT_FOUND', '志愿任务不存在')
  const team = await teamById(db, task.team_id)
  if (!(await organises(db, user, team))) refuse('FORBIDDEN', `只有「${team.name}」的组织者可以确认时长`)
  return { task, team }
})

/** Guard: a 社工 of the community the input names. */
export const communityKeeper = defineGuard('social worker of the community', async ({ db, user }, id) => {
  const c = await db.selectFrom('communities').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
  if (!c) return refuse('NOT_FOUND', '社区不存在')
  if (!isCommunityStaff(user, c.id)) refuse('FORBIDDEN', `只有${c.name}的社工可以建立志愿队`)
  return c
})
