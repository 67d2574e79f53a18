import { handler, own } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { fairsQuery, presentFair } from './domain/present'

/** 我的招聘会: the caller's registrations, their 投递 and, for liaisons, their enterprises' booths. */
export const mine = handler('fairs', 'mine', {
  access: own("the caller's own registrations, applications and booths"),
  async run({ db, user, now }) {
    const regs = await fairsQuery(db)
      .innerJoin('reservations as r', 'r.slot_id', 'f.entry_slot_id')
      .select(['r.status as reg_status'])
      .where('r.user_id', '=', user.id)
      .where('r.status', '<>', 'cancelled')
      .orderBy('f.starts_at', 'desc')
      .limit(50)
      .execute()
    const apps = await db
      .selectFrom('fair_applications as a')
      .innerJoin('fairs as f', 'f.id', 'a.fair_id')
      .innerJoin('fair_booths as b', 'b.id', 'a.booth_id')
      .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
      .select(['a.id', 'f.title', 'f.date', 'e.name', 'a.intent_at', 'a.hired_at'])
      .where('a.seeker_id', '=', user.id)
      .orderBy('a.id', 'desc')
      .limit(100)
      .execute()
    const ents = enterprisesOf(user)
    const booths = ents.length
      ? await fairsQuery(db)
          .innerJoin('fair_booths as b', 'b.fair_id', 'f.id')
          .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
          .select((eb) => [
            'b.id as booth_id',
            'e.name as enterprise_name',
            eb
              .selectFrom('fair_applications as a')
              .select(eb.fn.countAll<string>().as('n'))
              .whereRef('a.booth_id', '=', 'b.id')
              .as('applications'),
          ])
          .where('b.enterprise_id', 'in', ents)
          .where('b.cancelled_at', 'is', null)
          .orderBy('f.starts_at', 'desc')
          .limit(50)
          .execute()
      : []
    return {
      registrations: regs.map((r) => ({ fair: presentFair(r, now), status: r.reg_status })),
      applications: apps.map((a) => ({
        id: a.id,
        fairTitle: a.title,
        date: a.date,
        enterpriseName: a.name,
        status: a.hired_at ? ('hired' as const) : a.intent_at ? ('intent' as const) : ('applied' as const),
      })),
      booths: booths.map((b) => ({
        boothId: b.booth_id,
        fair: presentFair(b, now),
        enterpriseName: b.enterprise_name,
        applications: Number(b.applications ?? 0),
      })),
    }
  },
})
