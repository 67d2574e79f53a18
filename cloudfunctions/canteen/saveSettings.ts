import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { canteenById } from './domain/access'
import { parseWindows } from './domain/schedule'

/** Admin: service windows, slot length, seats, booking window, cutoff, rider discount, no-show limit. Applies to slots not yet booked. */
export const saveSettings = handler('canteen', 'saveSettings', {
  access: ['admin'],
  async run({ db }, s) {
    await canteenById(db, s.canteenId)
    const windows = parseWindows(s.windows, s.slotMinutes)
    if (typeof windows === 'string') return refuse('BAD_REQUEST', windows)
    await db
      .updateTable('canteens')
      .set({
        windows: JSON.stringify(windows),
        slot_minutes: s.slotMinutes,
        seats_per_slot: s.seatsPerSlot,
        booking_days: s.bookingDays,
        cutoff_minutes: s.cutoffMinutes,
        rider_discount: s.riderDiscount,
        no_show_limit: s.noShowLimit,
      })
      .where('id', '=', s.canteenId)
      .execute()
    return { saved: true }
  },
})
