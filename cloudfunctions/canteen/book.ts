import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { reserve } from '../../server/reservations/reserve'
import { ensureSlot } from '../../server/reservations/slots'
import { addDays, dayWords, formatShanghai, shanghaiDate } from '../../server/time/shanghai'
import { canteenById } from './domain/access'
import { closureOn, dayView, nearestOpen } from './domain/day'
import { bookingsQuery, presentBooking, withBookingQr, type BookingDetails } from './domain/present'
import { priceOrder } from './domain/pricing'
import { findSlot } from './domain/schedule'
import { suspension } from './domain/suspension'

const REMIND_BEFORE_MIN = 30

/** Book a seat (and optionally dishes) in a canteen slot. The server prices everything. */
export const book = handler('canteen', 'book', {
  access: own('books a seat for the caller'),
  async run(ctx, { canteenId, date, start, items }) {
    const { db, user, now } = ctx
    const canteen = await canteenById(db, canteenId)
    const today = shanghaiDate(now)
    const lastDay = addDays(today, canteen.booking_days - 1)
    if (date > lastDay) refuse('BAD_REQUEST', `只能预约今天起 ${canteen.booking_days} 天内的餐位`)
    const slot = findSlot(canteen, date, start)
    if (!slot) return refuse('BAD_REQUEST', `${start} 不在「${canteen.name}」的供餐时段内`)
    const dayOff = await closureOn(db, canteen.id, date)
    if (dayOff) refuse('BAD_REQUEST', `「${canteen.name}」${dayWords(date)} 休息（${dayOff.reason}），请选择其他日期`)
    if (slot.startsAt <= now) refuse('BAD_REQUEST', '这个时段已经过去，请选择之后的时段')
    if (slot.startsAt.getTime() - canteen.cutoff_minutes * 60_000 <= now.getTime()) {
      refuse('BAD_REQUEST', `已过预约截止时间（开餐前 ${canteen.cutoff_minutes} 分钟截止），可直接到店用餐`)
    }
    const suspended = await suspension(db, canteen, user.id, now)
    if (suspended) refuse('FORBIDDEN', suspended.reason)

    const riderVerified = Boolean(user.rider_verified_at)
    const order = await priceOrder(db, canteen, items, riderVerified)
    const slotId = await ensureSlot(ctx, {
      kind: 'canteen',
      ownerId: canteen.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      capacity: canteen.seats_per_slot,
    })
    const details: BookingDetails = {
      canteenName: canteen.name,
      windowName: slot.windowName,
      date,
      start: slot.start,
      end: slot.end,
      lines: order.lines,
      riderPrice: riderVerified,
    }
    const outcome = await reserve(ctx, {
      slotId,
      userId: user.id,
      holdKey: `canteen:${canteen.id}:${date}:${slot.windowIndex}`,
      seats: 1,
      waitlist: false,
      details,
      priceCents: order.totalCents,
    })
    if (outcome.status === 'alreadyHeld') {
      refuse(
        'CONFLICT',
        `你已预约了 ${dayWords(date)} 的${slot.windowName}，同一餐段只能预约一次；如需改时间请先取消原预约`,
      )
    }
    if (outcome.status === 'full') {
      const alt = nearestOpen(await dayView(db, canteen, date, now), slot.startsAt)
      refuse(
        'FULL',
        alt
          ? `${slot.start} 已满，最近有空位的时段是 ${alt.start}（剩 ${alt.seatsLeft} 座）`
          : `${slot.start} 已满，当天其余时段也已约满`,
      )
    }
    if (outcome.status === 'closed') refuse('CONFLICT', '这个时段暂停供餐，请选择其他时段')
    if (outcome.status !== 'confirmed') return refuse('INTERNAL')

    const time = `${date} ${slot.start}`
    await notify(ctx, {
      userId: user.id,
      kind: 'canteen_booked',
      data: { canteen: canteen.name, time, code: outcome.code },
      page: '/subpackages/canteen/bookings',
      event: `canteen_booked:${outcome.id}`,
    })
    const remindAt = new Date(slot.startsAt.getTime() - REMIND_BEFORE_MIN * 60_000)
    if (remindAt > now) {
      await notify(ctx, {
        userId: user.id,
        kind: 'canteen_reminder',
        data: { canteen: canteen.name, time: formatShanghai(slot.startsAt), code: outcome.code },
        page: '/subpackages/canteen/bookings',
        event: `canteen_reminder:${outcome.id}`,
        dueAt: remindAt,
        subject: `reservation:${outcome.id}`,
      })
    }
    return presentBooking(await bookingsQuery(db).where('r.id', '=', outcome.id).executeTakeFirstOrThrow(), now)
  },
  finish: withBookingQr,
})
