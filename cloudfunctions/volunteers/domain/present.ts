import type { Transaction } from 'kysely'
import { REPAIR_KINDS, TASK_KINDS, TEAM_KINDS, type Team, type VolunteerTask } from '../../../contract/volunteers'
import type { DB } from '../../../server/db/schema'
import { maskName } from '../../../server/people/mask'
import type { Caller } from '../../../server/people/roles'
import { ACTIVE } from '../../../server/reservations/status'
import { organises, teamById, type TeamRow } from './access'

/** The hold key of a helper's place in a task (one per person per task). */
export const taskHoldKey = (taskId: number) => `volunteer:task:${taskId}`

export async function presentTeam(db: Transaction<DB>, team: TeamRow, user: Caller | null): Promise<Team> {
  const community = await db
    .selectFrom('communities')
    .select('name')
    .where('id', '=', team.community_id)
    .executeTakeFirstOrThrow()
  const members = await db
    .selectFrom('volunteer_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.status', 'm.organiser', 'u.display_name'])
    .where('m.team_id', '=', team.id)
    .execute()
  const mine = user ? members.find((m) => m.user_id === user.id) : undefined
  const organiser = await organises(db, user, team)
  const can: Team['can'] = []
  if (user && (!mine || mine.status === 'declined')) can.push('join')
  if (organiser) can.push('organise')
  return {
    id: team.id,
    name: team.name,
    kind: team.kind,
    kindLabel: TEAM_KINDS[team.kind],
    intro: team.intro,
    community: community.name,
    members: members.filter((m) => m.status === 'active').length,
    organisers: members.filter((m) => m.organiser && m.status === 'active').map((m) => maskName(m.display_name)),
    myStatus: mine?.status ?? null,
    can,
  }
}

export async function presentTasks(
  db: Transaction<DB>,
  ids: number[],
  user: Caller | null,
  now: Date,
): Promise<VolunteerTask[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('volunteer_tasks as t')
    .innerJoin('volunteer_teams as team', 'team.id', 't.team_id')
    .innerJoin('slots as s', 's.id', 't.slot_id')
    .leftJoin('users as r', 'r.id', 't.requested_by')
    .selectAll('t')
    .select(['team.name as team_name', 's.taken', 'r.display_name as requester'])
    .where('t.id', 'in', ids)
    .execute()
  const takers = await db
    .selectFrom('reservations as r')
    .innerJoin('volunteer_tasks as t', 't.slot_id', 'r.slot_id')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('volunteer_hours as h', (j) => j.onRef('h.task_id', '=', 't.id').onRef('h.user_id', '=', 'r.user_id'))
    .select(['t.id as task_id', 'r.user_id', 'u.display_name', 'h.minutes'])
    .where('t.id', 'in', ids)
    .where('r.status', 'in', ACTIVE)
    .orderBy('r.id')
    .execute()
  const organiserOf = new Map<number, boolean>()
  for (const teamId of new Set(rows.map((r) => r.team_id)))
    organiserOf.set(teamId, await organises(db, user, await teamById(db, teamId)))
  const member = user
    ? new Set(
        (
          await db
            .selectFrom('volunteer_members')
            .select('team_id')
            .where('user_id', '=', user.id)
            .where('status', '=', 'active')
            .execute()
        ).map((m) => m.team_id),
      )
    : new Set<number>()
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids
    .map((id) => byId.get(id))
    .filter((t): t is NonNullable<typeof t> => !!t)
    .map((t) => {
      const mine = takers.filter((k) => k.task_id === t.id)
      const takenByMe = !!user && mine.some((k) => k.user_id === user.id)
      const organiser = organiserOf.get(t.team_id) ?? false
      const can: VolunteerTask['can'] = []
      const open = t.status === 'open' && new Date(t.starts_at) > now
      if (open && member.has(t.team_id) && !takenByMe && Number(t.taken) < t.helpers) can.push('take')
      if (organiser && t.status !== 'cancelled' && new Date(t.starts_at) <= now && mine.length > 0) can.push('confirm')
      return {
        id: t.id,
        teamId: t.team_id,
        team: t.team_name,
        kind: t.kind,
        kindLabel: TASK_KINDS[t.kind],
        title: t.title,
        description: t.description,
        place: t.place,
        startsAt: new Date(t.starts_at).toISOString(),
        minutes: t.minutes,
        helpers: t.helpers,
        taken: Number(t.taken),
        status: t.status,
        repairKind: t.repair_kind ? REPAIR_KINDS[t.repair_kind] : null,
        requestedBy: t.requester ? maskName(t.requester) : null,
        takenByMe,
        takers: organiser
          ? mine.map((k) => ({ userId: k.user_id, name: maskName(k.display_name), minutes: k.minutes }))
          : [],
        can,
      }
    })
}
