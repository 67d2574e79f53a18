import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { Canteen } from './access'
import { slotsOf, type CanteenSlot } from './schedule'

export interface SlotView extends CanteenSlot {
  slotId: number | null
  capacity: number
  seatsLeft: number
  walkIns: number
  state: 'open' | 'full' | 'closed' | 'past_cutoff'
  note: string | null
}

/** A service day's slots with seats left and state, as of `now`. */
export async function dayView(db: Transaction<DB>, canteen: Canteen, date: string, now: Date): Promise<SlotView[]> {
  const slots = slotsOf(canteen, date)
  if (slots.length === 0) return []
  const stored = await db
    .selectFrom('slots')
    .select(['id', 'starts_at', 'capacity', 'taken', 'closed_at', 'closed_reason'])
    .where('kind', '=', 'canteen')
    .where('owner_id', '=', canteen.id)
    .where('starts_at', '>=', slots[0].startsAt)
    .where('starts_at', '<=', slots[slots.length - 1].startsAt)
    .execute()
  const walkIns = await db
    .selectFrom('canteen_walk_ins')
    .select(['starts_at', 'count'])
    .where('canteen_id', '=', canteen.id)
    .where('starts_at', '>=', slots[0].startsAt)
    .where('starts_at', '<=', slots[slots.length - 1].startsAt)
    .execute()
  const dayOff = await closureOn(db, canteen.id, date)
  const byStart = new Map(stored.map((s) => [new Date(s.starts_at).getTime(), s]))
  const walkInsAt = new Map(walkIns.map((w) => [new Date(w.starts_at).getTime(), w.count]))
  const cutoffMs = canteen.cutoff_minutes * 60_000
  return slots.map((slot) => {
    const s = byStart.get(slot.startsAt.getTime())
    const capacity = s?.capacity ?? canteen.seats_per_slot
    const seatsLeft = Math.max(0, capacity - (s?.taken ?? 0))
    let state: SlotView['state'] = 'open'
    let note: string | null = null
    if (dayOff) {
      state = 'closed'
      note = `休息：${dayOff.reason}`
    } else if (s?.closed_at) {
      state = 'closed'
      note = s.closed_reason
    } else if (slot.startsAt.getTime() - cutoffMs <= now.getTime()) {
      state = 'past_cutoff'
      note = '已过预约截止时间'
    } else if (seatsLeft === 0) {
      state = 'full'
      note = '已满'
    }
    return {
      ...slot,
      slotId: s ? Number(s.id) : null,
      capacity,
      seatsLeft,
      walkIns: walkInsAt.get(slot.startsAt.getTime()) ?? 0,
      state,
      note,
    }
  })
}

/** The canteen's planned day off on that service day, if any. */
export const closureOn = (db: Transaction<DB>, canteenId: number, date: string) =>
  db
    .selectFrom('canteen_closures')
    .select('reason')
    .where('canteen_id', '=', canteenId)
    .where('date', '=', date)
    .executeTakeFirst()

/** A slot as the contract shows it (availability and the counter). */
export const presentSlot = (s: SlotView) => ({
  start: s.start,
  end: s.end,
  startsAt: s.startsAt.toISOString(),
  seatsLeft: s.seatsLeft,
  capacity: s.capacity,
  state: s.state,
  note: s.note,
})

/** The bookable slot nearest in time to `start` on that day, for "full: try 12:30". */
export function nearestOpen(day: SlotView[], start: Date): SlotView | undefined {
  return day
    .filter((s) => s.state === 'open')
    .sort(
      (a, b) => Math.abs(a.startsAt.getTime() - start.getTime()) - Math.abs(b.startsAt.getTime() - start.getTime()),
    )[0]
}
