import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { dropReminders, notify } from '../../server/notify/queue'
import { closeSlot } from '../../server/reservations/close'
import { ensureSlot } from '../../server/reservations/slots'
import { canteenForStaff } from './domain/access'
import { slotsOf } from './domain/schedule'

/** Close a day or one slot (holiday, maintenance): bookings are cancelled and their holders told why. */
export const close = handler<'canteen', 'close', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, now }, { canteenId, date, start, reason }) {
    const canteen = await canteenForStaff(db, user, canteenId)
    const slots = slotsOf(canteen, date).filter((s) => (start ? s.start === start : true) && s.endsAt > now)
    if (slots.length === 0)
      refuse(
        'BAD_REQUEST',
        start ? `${date} ${start} 不是可关闭的时段（不在供餐时段内或已结束）` : `${date} 没有尚未结束的时段`,
      )
    let cancelled = 0
    for (const slot of slots) {
      const slotId = await ensureSlot(db, {
        kind: 'canteen',
        ownerId: canteen.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        capacity: canteen.seats_per_slot,
      })
      const affected = await closeSlot(db, { slotId, reason, by: user.id, now })
      for (const r of affected) {
        await dropReminders(db, `reservation:${r.id}`)
        await notify(db, now, {
          userId: r.user_id,
          kind: 'canteen_cancelled',
          data: { canteen: canteen.name, time: `${date} ${slot.start}`, reason: `餐厅暂停供餐：${reason}` },
          page: '/subpackages/canteen/bookings',
          event: `canteen_cancelled:${r.id}`,
        })
      }
      cancelled += affected.length
    }
    return { closedSlots: slots.length, cancelledBookings: cancelled }
  },
})
