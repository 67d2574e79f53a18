import { sql, type Transaction } from 'kysely'
import { TASK_KINDS, type TaskKind } from '../../../contract/volunteers'
import type { DB } from '../../../server/db/schema'
import { maskName } from '../../../server/people/mask'
import type { TeamRow } from './access'

/** A team's figures: members, tasks done and open, confirmed minutes by task kind and by member. */
export async function teamStatsOf(db: Transaction<DB>, team: TeamRow, now: Date) {
  const members = await db
    .selectFrom('volunteer_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('team_id', '=', team.id)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow()
  const tasks = await db
    .selectFrom('volunteer_tasks as t')
    .select([
      't.kind',
      sql<number>`count(*) filter (where t.status = 'done')`.as('done'),
      sql<number>`count(*) filter (where t.status = 'open' and t.starts_at > ${now})`.as('open'),
      sql<number>`coalesce(sum((select sum(h.minutes) from volunteer_hours h where h.task_id = t.id)), 0)`.as(
        'minutes',
      ),
    ])
    .where('t.team_id', '=', team.id)
    .groupBy('t.kind')
    .execute()
  const byMember = await db
    .selectFrom('volunteer_hours as h')
    .innerJoin('volunteer_tasks as t', 't.id', 'h.task_id')
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select([
      'u.display_name',
      (eb) => eb.fn.countAll<number>().as('tasks'),
      (eb) => eb.fn.sum<number>('h.minutes').as('minutes'),
    ])
    .where('t.team_id', '=', team.id)
    .groupBy(['u.id', 'u.display_name'])
    .orderBy('minutes', 'desc')
    .execute()
  const kinds = Object.keys(TASK_KINDS) as TaskKind[]
  return {
    team: team.name,
    members: Number(members.n),
    tasksDone: tasks.reduce((a, t) => a + Number(t.done), 0),
    tasksOpen: tasks.reduce((a, t) => a + Number(t.open), 0),
    totalMinutes: tasks.reduce((a, t) => a + Number(t.minutes), 0),
    byKind: kinds.map((kind) => {
      const t = tasks.find((x) => x.kind === kind)
      return { kind, label: TASK_KINDS[kind], tasks: Number(t?.done ?? 0), minutes: Number(t?.minutes ?? 0) }
    }),
    byMember: byMember.map((m) => ({
      name: maskName(m.display_name),
      tasks: Number(m.tasks),
      minutes: Number(m.minutes),
    })),
  }
}

/** Every confirmed hour of a team, one row per helper and task, for the export. */
export async function hoursRows(db: Transaction<DB>, team: TeamRow) {
  return db
    .selectFrom('volunteer_hours as h')
    .innerJoin('volunteer_tasks as t', 't.id', 'h.task_id')
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select([
      'u.display_name',
      't.title',
      't.kind',
      't.starts_at',
      't.minutes as length',
      'h.minutes',
      'h.confirmed_at',
    ])
    .where('t.team_id', '=', team.id)
    .orderBy('t.starts_at')
    .orderBy('u.id')
    .execute()
}
