import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { maskName, maskPhone } from '../../server/people/mask'
import { teamOrganiser } from './domain/access'

/** Organisers: who waits to join and who is in, with each member's confirmed hours. Phones masked. */
export const members = handler('volunteers', 'members', {
  access: teamOrganiser('teamId'),
  async run({ db, target: team }) {
    const rows = await db
      .selectFrom('volunteer_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select([
        'm.user_id',
        'm.status',
        'm.organiser',
        'm.skills',
        'u.display_name',
        'u.phone',
        sql<number>`coalesce((select sum(h.minutes) from volunteer_hours h join volunteer_tasks t on t.id = h.task_id
          where t.team_id = m.team_id and h.user_id = m.user_id), 0)`.as('minutes'),
      ])
      .where('m.team_id', '=', team.id)
      .orderBy(sql`case m.status when 'pending' then 0 when 'active' then 1 else 2 end`)
      .orderBy('m.joined_at')
      .execute()
    return {
      items: rows.map((r) => ({
        userId: r.user_id,
        name: maskName(r.display_name),
        phone: maskPhone(r.phone) ?? '',
        skills: r.skills,
        status: r.status,
        organiser: r.organiser,
        minutes: Number(r.minutes),
        // decideMember takes pending sign-ups only.
        can: r.status === 'pending' ? ['decide' as const] : [],
      })),
    }
  },
})
