import { handler } from '../../server/core/define-function'
import { canteenById } from './domain/access'
import { windowsForPeople } from './domain/present'

/** Admin: everything saveSettings and saveMenuItem edit, as they are now. */
export const settings = handler('canteen', 'settings', {
  access: ['admin'],
  async run({ db }, { canteenId }) {
    const c = await canteenById(db, canteenId)
    const menu = await db
      .selectFrom('canteen_menu_items')
      .selectAll()
      .where('canteen_id', '=', c.id)
      .orderBy('sort')
      .orderBy('id')
      .execute()
    return {
      name: c.name,
      windows: windowsForPeople(c.windows),
      slotMinutes: c.slot_minutes,
      seatsPerSlot: c.seats_per_slot,
      bookingDays: c.booking_days,
      cutoffMinutes: c.cutoff_minutes,
      riderDiscount: c.rider_discount,
      noShowLimit: c.no_show_limit,
      menu: menu.map((m) => ({ id: m.id, name: m.name, priceCents: m.price_cents, available: m.available })),
    }
  },
})
