import { sql } from 'kysely'
import type { TxCtx } from '../../../server/core/tx'
import { createSlot } from '../../../server/reservations/slots'
import { addDays, shanghaiDate, shanghaiInstant, toHHMM } from '../../../server/time/shanghai'
import type { FairSeriesTable } from '../tables'

type Series = Omit<FairSeriesTable, 'id' | 'created_at'> & { id: number }

export const BOOTH_KIND = 'fair_booth'
export const ENTRY_KIND = 'fair_entry'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** Weekday (0 = Sunday) of a Shanghai calendar date. */
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()

/** 每周三 14:00–17:00, or 2026-12-02（周三）14:00–17:00 for a one-off. */
export function ruleText(s: Pick<Series, 'repeat' | 'first_date' | 'start_min' | 'end_min'>): string {
  const time = `${toHHMM(s.start_min)}–${toHHMM(s.end_min)}`
  const day = WEEKDAYS[weekdayOf(s.first_date)]
  return s.repeat === 'weekly' ? `每${day} ${time}` : `${s.first_date}（${day}）${time}`
}

/**
 * The dates a series should have made by `now`: its first date once; weekly, every 7 days from
 * the first date that falls before today + weeks × 7 (past ones are not made again).
 */
export function occurrenceDates(s: Pick<Series, 'repeat' | 'first_date' | 'weeks'>, now: Date): string[] {
  if (s.repeat === 'once') return [s.first_date]
  const today = shanghaiDate(now)
  const until = addDays(today, s.weeks * 7)
  const out: string[] = []
  for (let d = s.first_date; d < until; d = addDays(d, 7)) if (d >= today) out.push(d)
  return out
}

/**
 * Make the series' missing fairs (idempotent: one per series and date; a cancelled one stays
 * cancelled). The series row is locked first, so a timer and a 社工's edit cannot both make one.
 * Returns the ids of the fairs made now.
 */
export async function generateFairs(ctx: TxCtx, seriesId: number): Promise<number[]> {
  const { db, now } = ctx
  const s = await db
    .selectFrom('fair_series')
    .selectAll()
    .where('id', '=', seriesId)
    .forUpdate()
    .executeTakeFirstOrThrow()
  const have = new Set(
    (await db.selectFrom('fairs').select('date').where('series_id', '=', seriesId).execute()).map((f) => f.date),
  )
  const made: number[] = []
  for (const date of occurrenceDates(s, now)) {
    if (have.has(date) || shanghaiInstant(date, s.end_min) <= now) continue
    made.push(await makeFair(ctx, s, date))
  }
  return made
}

/** One fair of a series on a date, with its booth and entry slots; its id. */
export async function makeFair(ctx: TxCtx, s: Series, date: string): Promise<number> {
  const { db } = ctx
  const startsAt = shanghaiInstant(date, s.start_min)
  const endsAt = shanghaiInstant(date, s.end_min)
  // The fair's id first: its slots are owned by it, so a code of another fair is refused at the door.
  const { rows } = await sql<{ id: number }>`select nextval('fairs_id_seq')::int as id`.execute(db)
  const fairId = rows[0].id
  const slot = (kind: string, capacity: number) =>
    createSlot(ctx, { kind, ownerId: fairId, startsAt, endsAt, capacity })
  const boothSlot = await slot(BOOTH_KIND, s.booths)
  const entrySlot = await slot(ENTRY_KIND, s.capacity)
  await db
    .insertInto('fairs')
    .values({
      id: fairId,
      series_id: s.id,
      community_id: s.community_id,
      title: s.title,
      place: s.place,
      date,
      starts_at: startsAt,
      ends_at: endsAt,
      booth_slot_id: boothSlot,
      entry_slot_id: entrySlot,
    })
    .execute()
  return fairId
}
