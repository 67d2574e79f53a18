import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { SharingPowerRoundsTable } from '../tables'
import type { Selectable } from 'kysely'
import { shanghaiDate } from '../../../server/time/shanghai'

export type RoundRow = Selectable<SharingPowerRoundsTable>

/** Saving of `kwh` at the round's price against the grid price, in fen (prices in 0.0001 yuan). */
export const savingFen = (r: Pick<RoundRow, 'price_e4' | 'grid_price_e4'>, kwh: number) =>
  Math.round((kwh * (r.grid_price_e4 - r.price_e4)) / 100)

export const discountPct = (r: Pick<RoundRow, 'price_e4' | 'grid_price_e4'>) =>
  Math.round(((r.grid_price_e4 - r.price_e4) / r.grid_price_e4) * 1000) / 10

const dateText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10))
const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString())

/** Members, declared and recorded kWh of rounds (one query for all). */
export async function roundTotals(db: Transaction<DB>, ids: number[]) {
  if (!ids.length) return new Map<number, { members: number; declared: number; recorded: number }>()
  const members = await db
    .selectFrom('sharing_power_members')
    .select(['round_id', sql<number>`count(*)::int`.as('n'), sql<string>`coalesce(sum(monthly_kwh), 0)`.as('declared')])
    .where('round_id', 'in', ids)
    .groupBy('round_id')
    .execute()
  const readings = await db
    .selectFrom('sharing_power_readings')
    .select(['round_id', sql<string>`coalesce(sum(kwh), 0)`.as('kwh')])
    .where('round_id', 'in', ids)
    .groupBy('round_id')
    .execute()
  const out = new Map<number, { members: number; declared: number; recorded: number }>()
  for (const id of ids) out.set(id, { members: 0, declared: 0, recorded: 0 })
  for (const m of members) Object.assign(out.get(m.round_id)!, { members: m.n, declared: Number(m.declared) })
  for (const r of readings) out.get(r.round_id)!.recorded = Number(r.kwh)
  return out
}

export function presentRound(r: RoundRow, t: { members: number; declared: number; recorded: number }) {
  return {
    id: r.id,
    title: r.title,
    supplier: r.supplier,
    priceE4: r.price_e4,
    gridPriceE4: r.grid_price_e4,
    discountPct: discountPct(r),
    thresholdKind: r.threshold_kind,
    threshold: r.threshold,
    joinOpens: dateText(r.join_opens),
    joinCloses: dateText(r.join_closes),
    status: r.status,
    startedAt: iso(r.started_at),
    members: t.members,
    declaredKwh: t.declared,
    recordedKwh: t.recorded,
    savingFen: savingFen(r, t.recorded),
    example: r.example,
  }
}

/** Is the round's start threshold met by these totals? */
export const thresholdMet = (
  r: Pick<RoundRow, 'threshold_kind' | 'threshold'>,
  t: { members: number; declared: number },
) => (r.threshold_kind === 'enterprises' ? t.members >= r.threshold : t.declared >= r.threshold)

/** The Shanghai year-month of an instant: 2026-11. */
export const shanghaiMonth = (at: Date) => shanghaiDate(at).slice(0, 7)

/** A round's columns, its dates as text (YYYY-MM-DD). */
export const roundColumns = [
  'r.id',
  'r.community_id',
  'r.title',
  'r.supplier',
  'r.price_e4',
  'r.grid_price_e4',
  'r.threshold_kind',
  'r.threshold',
  sql<string>`r.join_opens::text`.as('join_opens'),
  sql<string>`r.join_closes::text`.as('join_closes'),
  'r.status',
  'r.started_at',
  'r.example',
  'r.created_by',
  'r.created_at',
] as const
