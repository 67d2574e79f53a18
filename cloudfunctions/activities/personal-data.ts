import { sql } from 'kysely'
import type { PersonalData } from '../../server/core/feature'

/** Activity registrations (with the answers given), group memberships, activities organised. */
export const activitiesPersonalData: PersonalData = {
  tables: ['activity_group_members', 'activities'],
  goes: ['活动报名时填写的答案', '兴趣社团成员身份', '尚未开始的活动报名（取消，名额顺延给候补的人）'],
  stays: ['已参加的活动报名记录（人数与统计不变，不再关联到你）', '你发布的活动（发布人显示为已注销用户）'],
  async export({ db }, userId) {
    const registrations = await db
      .selectFrom('reservations as r')
      .innerJoin('activities as a', 'a.slot_id', 'r.slot_id')
      .select([
        'a.title',
        'a.starts_at',
        'a.ends_at',
        'r.code',
        'r.status',
        'r.seats',
        'r.details',
        'r.created_at',
        'r.redeemed_at',
      ])
      .where('r.user_id', '=', userId)
      .orderBy('r.id')
      .execute()
    const groups = await db
      .selectFrom('activity_group_members as m')
      .innerJoin('activity_groups as g', 'g.id', 'm.group_id')
      .select(['g.name', 'm.joined_at'])
      .where('m.user_id', '=', userId)
      .execute()
    const organised = await db
      .selectFrom('activities')
      .select(['title', 'starts_at', 'status'])
      .where('organizer_id', '=', userId)
      .orderBy('id')
      .execute()
    return {
      activityRegistrations: registrations.map((r) => ({
        activity: r.title,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        code: r.code,
        status: r.status,
        seats: r.seats,
        answers: (r.details as { answers?: unknown }).answers ?? {},
        registeredAt: r.created_at,
        checkedInAt: r.redeemed_at,
      })),
      interestGroups: groups,
      activitiesOrganised: organised,
    }
  },
  async erase({ db }, userId) {
    // Answers may name the person or their children; seats and children counts stay for the roster's totals.
    await sql`update reservations r set details = r.details - 'answers'
      from activities a where a.slot_id = r.slot_id and r.user_id = ${userId}`.execute(db)
    await db.deleteFrom('activity_group_members').where('user_id', '=', userId).execute()
  },
}
