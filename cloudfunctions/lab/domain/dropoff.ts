import type { TxCtx } from '../../../server/core/tx'
import { ensureSlot } from '../../../server/reservations/slots'
import { shanghaiInstant } from '../../../server/time/shanghai'

// Sample drop-off: one place per order on a working day, the lab's daily intake capacity being
// the day's slot on the reservation core (kind 'lab', 09:00–17:00 Shanghai).

/** How many working days ahead a drop-off may be booked. */
export const DROPOFF_DAYS = 10

export const dropoffSlot = (ctx: TxCtx, lab: { id: number; daily_capacity: number }, date: string) =>
  ensureSlot(ctx, {
    kind: 'lab',
    ownerId: lab.id,
    startsAt: shanghaiInstant(date, 9 * 60),
    endsAt: shanghaiInstant(date, 17 * 60),
    capacity: lab.daily_capacity,
  })
