import type { PersonalData } from '../core/feature'
import { LIVE } from './status'

/**
 * Reservation rows stay when their holder leaves: they are what a slot's `taken` counts and what
 * statistics read, and once the person's row is anonymised they name nobody. Each feature that
 * reserves exports its own (canteen bookings, activity registrations) with what they mean.
 */
export const reservationsPersonalData: PersonalData = {
  tables: ['reservations'],
  goes: [],
  // The features that reserve say what stays (订餐预约, 活动报名), each in its own words.
  stays: [],
  export: async () => ({}),
  erase: async () => undefined,
  async upcoming({ db, now }, userId) {
    const { n } = await db
      .selectFrom('reservations as r')
      .innerJoin('slots as s', 's.id', 'r.slot_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('r.user_id', '=', userId)
      .where('r.status', 'in', [...LIVE])
      .where('s.ends_at', '>', now)
      .executeTakeFirstOrThrow()
    return Number(n)
  },
}
