import type { Transaction } from 'kysely'
import { sql } from 'kysely'
import {
  HIRE_WINDOW_DAYS,
  PAY_UNITS,
  type FairPosition,
  type FairStats,
  type FairSummary,
} from '../../../contract/fairs'
import type { DB } from '../../../server/db/schema'
import { SEATED } from '../../../server/reservations/status'
import { formatShanghai, toHHMM } from '../../../server/time/shanghai'

type Trx = Transaction<DB>

/** Fairs with their community and the two slots' counts, for presentFair. */
export const fairsQuery = (db: Trx) =>
  db
    .selectFrom('fairs as f')
    .innerJoin('communities as c', 'c.id', 'f.community_id')
    .innerJoin('slots as bs', 'bs.id', 'f.booth_slot_id')
    .innerJoin('slots as es', 'es.id', 'f.entry_slot_id')
    .select([
      'f.id',
      'f.series_id',
      'f.community_id',
      'c.name as community_name',
      'f.title',
      'f.place',
      'f.date',
      'f.starts_at',
      'f.ends_at',
      'f.cancelled_at',
      'f.cancel_reason',
      'bs.capacity as booths',
      'bs.taken as booths_booked',
      'es.capacity as capacity',
      'es.taken as registered',
    ])

export type FairRow = Awaited<ReturnType<ReturnType<typeof fairsQuery>['executeTakeFirstOrThrow']>>

export function presentFair(f: FairRow, now: Date): FairSummary {
  const startsAt = new Date(f.starts_at)
  const endsAt = new Date(f.ends_at)
  const startMin = Math.round((startsAt.getTime() - new Date(`${f.date}T00:00:00+08:00`).getTime()) / 60_000)
  const endMin = startMin + Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000)
  return {
    id: f.id,
    seriesId: f.series_id,
    communityId: f.community_id,
    communityName: f.community_name,
    title: f.title,
    place: f.place,
    date: f.date,
    start: toHHMM(startMin),
    end: toHHMM(endMin),
    startsAt: startsAt.toISOString(),
    status: f.cancelled_at ? 'cancelled' : endsAt <= now ? 'ended' : 'scheduled',
    cancelReason: f.cancel_reason,
    booths: f.booths,
    boothsBooked: f.booths_booked,
    capacity: f.capacity,
    registered: f.registered,
  }
}

export const payText = (p: { pay_low: number; pay_high: number; pay_unit: keyof typeof PAY_UNITS }) =>
  `${p.pay_low === p.pay_high ? p.pay_low : `${p.pay_low}–${p.pay_high}`} ${PAY_UNITS[p.pay_unit]}`

/** The positions of some booths, by booth. */
export async function positionsOf(db: Trx, boothIds: number[]): Promise<Map<number, FairPosition[]>> {
  const out = new Map<number, FairPosition[]>()
  if (boothIds.length === 0) return out
  const rows = await db
    .selectFrom('fair_positions')
    .selectAll()
    .where('booth_id', 'in', boothIds)
    .orderBy('booth_id')
    .orderBy('sort')
    .execute()
  for (const p of rows) {
    const list = out.get(p.booth_id) ?? []
    list.push({
      title: p.title,
      headcount: p.headcount,
      payLow: p.pay_low,
      payHigh: p.pay_high,
      payUnit: p.pay_unit,
      pay: payText(p),
      requirements: p.requirements,
    })
    out.set(p.booth_id, list)
  }
  return out
}

/** Replace a booth's positions with these. */
export async function writePositions(
  db: Trx,
  boothId: number,
  positions: readonly Omit<FairPosition, 'pay'>[],
): Promise<void> {
  await db.deleteFrom('fair_positions').where('booth_id', '=', boothId).execute()
  await db
    .insertInto('fair_positions')
    .values(
      positions.map((p, i) => ({
        booth_id: boothId,
        sort: i,
        title: p.title,
        headcount: p.headcount,
        pay_low: p.payLow,
        pay_high: p.payHigh,
        pay_unit: p.payUnit,
        requirements: p.requirements,
      })),
    )
    .execute()
}

export const when = (v: Date | string | null) => (v ? formatShanghai(new Date(v)) : null)

/**
 * The figures of some fairs (one, or a series' held and coming ones): booths booked, seekers
 * registered and checked in, 投递, 达成意向, and hires recorded within 30 days of the fair.
 * Cancelled fairs count nothing. Registrations of people who left stay counted.
 */
export async function statsOf(db: Trx, fairIds: number[]): Promise<FairStats> {
  const zero: FairStats = {
    fairs: 0,
    booths: 0,
    boothsBooked: 0,
    capacity: 0,
    registered: 0,
    checkedIn: 0,
    applications: 0,
    intents: 0,
    hires: 0,
  }
  if (fairIds.length === 0) return zero
  const slots = await db
    .selectFrom('fairs as f')
    .innerJoin('slots as bs', 'bs.id', 'f.booth_slot_id')
    .innerJoin('slots as es', 'es.id', 'f.entry_slot_id')
    .select((eb) => [
      eb.fn.countAll<string>().as('fairs'),
      eb.fn.sum<string>('bs.capacity').as('booths'),
      eb.fn.sum<string>('bs.taken').as('booths_booked'),
      eb.fn.sum<string>('es.capacity').as('capacity'),
      eb.fn.sum<string>('es.taken').as('registered'),
    ])
    .where('f.id', 'in', fairIds)
    .where('f.cancelled_at', 'is', null)
    .executeTakeFirstOrThrow()
  const checked = await db
    .selectFrom('fairs as f')
    .innerJoin('reservations as r', 'r.slot_id', 'f.entry_slot_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('f.id', 'in', fairIds)
    .where('f.cancelled_at', 'is', null)
    .where('r.status', '=', 'redeemed')
    .executeTakeFirstOrThrow()
  const apps = await db
    .selectFrom('fair_applications as a')
    .innerJoin('fairs as f', 'f.id', 'a.fair_id')
    .select([
      sql<string>`count(*)`.as('applications'),
      sql<string>`count(a.intent_at)`.as('intents'),
      sql<string>`count(*) filter (where a.hired_at <= f.ends_at + make_interval(days => ${HIRE_WINDOW_DAYS}))`.as(
        'hires',
      ),
    ])
    .where('a.fair_id', 'in', fairIds)
    .where('f.cancelled_at', 'is', null)
    .executeTakeFirstOrThrow()
  return {
    fairs: Number(slots.fairs),
    booths: Number(slots.booths ?? 0),
    boothsBooked: Number(slots.booths_booked ?? 0),
    capacity: Number(slots.capacity ?? 0),
    registered: Number(slots.registered ?? 0),
    checkedIn: Number(checked.n),
    applications: Number(apps.applications),
    intents: Number(apps.intents),
    hires: Number(apps.hires),
  }
}

/** Seated or used: a registration or booth that counts. */
export const HOLDING = [...SEATED, 'redeemed'] as const
