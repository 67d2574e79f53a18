import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { CANTEEN_KEEPERS, canteenManager } from './domain/access'
import { windowsForPeople } from './domain/present'

/** Keepers: everything saveCanteen and saveMenuItem edit, as they are now, and the days off still to come. */
export const settings = handler('canteen', 'settings', {
  access: canteenManager('canteenId', CANTEEN_KEEPERS),
  async run({ db, now, target: c }) {
    const menu = await db
      .selectFrom('canteen_menu_items')
      .selectAll()
      .where('canteen_id', '=', c.id)
      .orderBy('sort')
      .orderBy('id')
      .execute()
    const community = await db
      .selectFrom('communities')
      .select('name')
      .where('id', '=', c.community_id)
      .executeTakeFirstOrThrow()
    const closures = await db
      .selectFrom('canteen_closures')
      .select(['date', 'reason'])
      .where('canteen_id', '=', c.id)
      .where('date', '>=', shanghaiDate(now))
      .orderBy('date')
      .execute()
    return {
      id: c.id,
      name: c.name,
      communityId: c.community_id,
      communityName: community.name,
      address: c.address,
      phone: c.phone,
      intro: c.intro,
      lng: c.lng,
      lat: c.lat,
      windows: windowsForPeople(c.windows),
      slotMinutes: c.slot_minutes,
      seatsPerSlot: c.seats_per_slot,
      bookingDays: c.booking_days,
      cutoffMinutes: c.cutoff_minutes,
      riderDiscount: c.rider_discount,
      noShowLimit: c.no_show_limit,
      menu: menu.map((m) => ({ id: m.id, name: m.name, priceCents: m.price_cents, available: m.available })),
      closures,
    }
  },
})
