import type { PersonalData } from '../../server/core/feature'

/**
 * Volunteering. Membership goes; confirmed hours stay in the team's statistics, no longer
 * linked to the person; a repair they asked for that is still to come is cancelled.
 */
export const volunteersPersonalData: PersonalData = {
  tables: ['volunteer_teams', 'volunteer_members', 'volunteer_tasks', 'volunteer_hours'],
  goes: ['志愿队报名与队员身份', '你提交的待上门维修请求（取消）'],
  stays: ['已确认的志愿服务时长（计入队伍统计，不再关联到你）', '你领取过的任务记录（不再关联到你）'],
  async export({ db }, userId) {
    const teams = await db
      .selectFrom('volunteer_members as m')
      .innerJoin('volunteer_teams as t', 't.id', 'm.team_id')
      .select(['t.name', 'm.status', 'm.organiser', 'm.skills', 'm.joined_at'])
      .where('m.user_id', '=', userId)
      .execute()
    const hours = await db
      .selectFrom('volunteer_hours as h')
      .innerJoin('volunteer_tasks as t', 't.id', 'h.task_id')
      .select(['t.title', 't.starts_at', 'h.minutes', 'h.confirmed_at'])
      .where('h.user_id', '=', userId)
      .execute()
    const repairs = await db
      .selectFrom('volunteer_tasks')
      .select(['title', 'repair_kind', 'place', 'starts_at', 'status'])
      .where('requested_by', '=', userId)
      .execute()
    return { volunteerTeams: teams, volunteerHours: hours, repairRequests: repairs }
  },
  async erase({ db, now }, userId) {
    await db.deleteFrom('volunteer_members').where('user_id', '=', userId).execute()
    await db
      .updateTable('volunteer_tasks')
      .set({ status: 'cancelled' })
      .where('requested_by', '=', userId)
      .where('status', '=', 'open')
      .where('starts_at', '>', now)
      .execute()
    await db.updateTable('volunteer_tasks').set({ requested_by: null }).where('requested_by', '=', userId).execute()
    await db.updateTable('volunteer_tasks').set({ created_by: null }).where('created_by', '=', userId).execute()
    await db.updateTable('volunteer_teams').set({ created_by: null }).where('created_by', '=', userId).execute()
    await db.updateTable('volunteer_members').set({ decided_by: null }).where('decided_by', '=', userId).execute()
    await db.updateTable('volunteer_hours').set({ confirmed_by: null }).where('confirmed_by', '=', userId).execute()
  },
}
