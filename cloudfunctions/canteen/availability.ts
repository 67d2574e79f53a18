import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { WEEKDAYS } from '../../contract/stations'
import { addDays, dayWords, formatShanghai, shanghaiDate } from '../../server/time/shanghai'
import { canteenById } from './domain/access'
import { dayView, presentSlot } from './domain/day'
import { bookingDates } from './domain/schedule'
import { summarizeCanteens } from './domain/summary'
import { suspension } from './domain/suspension'

function dayLabel(date: string, today: string): string {
  const relative = ['昨晚（跨夜）', '今天', '明天', '后天'][
    [addDays(today, -1), today, addDays(today, 1), addDays(today, 2)].indexOf(date)
  ]
  return relative ? `${relative} ${WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]}` : dayWords(date)
}

/** One service day of a canteen: its slots, seats left and whether the asker may book. */
export const availability = handler('canteen', 'availability', {
  access: 'public',
  async run({ db, user, now }, { canteenId, date }) {
    const canteen = await canteenById(db, canteenId)
    const today = shanghaiDate(now)
    // A window past midnight belongs to the day it started: at 00:10 last night's is still serving.
    const dates = bookingDates(canteen, now)
    const day = date ?? dates[0]
    if (!dates.includes(day)) refuse('BAD_REQUEST', `只能查看和预约今天起 ${canteen.booking_days} 天内的餐位`)
    const slots = await dayView(db, canteen, day, now)
    const riderVerified = Boolean(user?.rider_verified_at)
    const suspended = user ? await suspension(db, canteen, user.id, now) : null
    const [summary] = await summarizeCanteens(db, [canteen], riderVerified)
    return {
      canteen: summary,
      date: day,
      dates: dates.map((d) => ({ date: d, label: dayLabel(d, today) })),
      // The windows that serve this day (each window names its weekdays).
      windows: canteen.windows
        .map((w, i) => ({ name: w.name, slots: slots.filter((s) => s.windowIndex === i).map(presentSlot) }))
        .filter((w) => w.slots.length > 0),
      riderVerified,
      suspendedUntil: suspended ? formatShanghai(suspended.until) : null,
      suspendedReason: suspended?.reason ?? null,
      cutoffMinutes: canteen.cutoff_minutes,
    }
  },
})
