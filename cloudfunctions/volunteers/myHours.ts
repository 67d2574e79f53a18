import { TASK_KINDS } from '../../contract/volunteers'
import { handler, own } from '../../server/core/define-function'
import { ACTIVE } from '../../server/reservations/status'

/** 我的志愿: my teams, my confirmed hours and the tasks I took. */
export const myHours = handler('volunteers', 'myHours', {
  access: own("the caller's own volunteering"),
  async run({ db, user }) {
    const teams = await db
      .selectFrom('volunteer_members as m')
      .innerJoin('volunteer_teams as t', 't.id', 'm.team_id')
      .select(['t.id', 't.name', 'm.status', 'm.organiser'])
      .where('m.user_id', '=', user.id)
      .orderBy('t.id')
      .execute()
    const history = await db
      .selectFrom('reservations as r')
      .innerJoin('volunteer_tasks as k', 'k.slot_id', 'r.slot_id')
      .innerJoin('volunteer_teams as t', 't.id', 'k.team_id')
      .leftJoin('volunteer_hours as h', (j) => j.onRef('h.task_id', '=', 'k.id').onRef('h.user_id', '=', 'r.user_id'))
      .select(['k.id', 'k.title', 'k.kind', 'k.starts_at', 't.name', 'h.minutes'])
      .where('r.user_id', '=', user.id)
      .where('r.status', 'in', ACTIVE)
      .orderBy('k.starts_at', 'desc')
      .limit(200)
      .execute()
    const total = await db
      .selectFrom('volunteer_hours')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('minutes'), eb.lit(0)).as('m'))
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow()
    return {
      totalMinutes: Number(total.m),
      teams: teams.map((t) => ({ id: t.id, name: t.name, status: t.status, organiser: t.organiser })),
      history: history.map((h) => ({
        taskId: h.id,
        team: h.name,
        title: h.title,
        kindLabel: TASK_KINDS[h.kind],
        startsAt: new Date(h.starts_at).toISOString(),
        minutes: h.minutes,
      })),
    }
  },
})
