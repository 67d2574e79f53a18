import { sql } from 'kysely'
import { stationEditSchema, type StationEdit } from '../../../contract/stations'
import { refuse } from '../../../server/core/app-error'
import type { TxCtx } from '../../../server/core/tx'
import { storedHours, toSpan, validateHours } from './hours'

/**
 * The one write path for the admin form, CSV import and the demo seed. `target`: a station's id
 * (edit it), 'new' (create; its code must be free: the form), or 'by-code' (create, or update
 * the station with that code: a CSV row). Returns whether it created a new station.
 */
export async function saveStation(
  { db: trx, now }: TxCtx,
  input: StationEdit,
  target: number | 'new' | 'by-code',
): Promise<{ id: number; code: string; created: boolean }> {
  const s = stationEditSchema.parse(input)
  const hoursError = validateHours(s.hours)
  if (hoursError) refuse('BAD_REQUEST', hoursError)
  const community = await trx.selectFrom('communities').select('id').where('id', '=', s.communityId).executeTakeFirst()
  if (!community) refuse('BAD_REQUEST', '所属社区不存在')

  const values = {
    code: s.code,
    name: s.name,
    tier: s.tier,
    community_id: s.communityId,
    operator: s.operator,
    address: s.address,
    phone: s.phone,
    lng: s.lng,
    lat: s.lat,
    open_24h: s.open24h,
    hours: storedHours(s.hours.map(toSpan)),
    facilities: sql<string[]>`${[...new Set(s.facilities)]}::text[]`,
    after_hours_entry: s.afterHoursEntry,
    rider_offers: s.riderOffers,
    photos: sql<string[]>`${s.photos}::text[]`,
    updated_at: now,
  }

  if (typeof target === 'number') {
    const existing = await trx
      .selectFrom('stations')
      .select('id')
      .where('id', '=', target)
      .forUpdate()
      .executeTakeFirst()
    if (!existing) refuse('NOT_FOUND', '站点不存在')
  }
  const sameCode = await trx.selectFrom('stations').select(['id']).where('code', '=', s.code).executeTakeFirst()
  // Only a CSV row may take over the station that has its code; an edit or a new station may not.
  if (sameCode && target !== 'by-code' && sameCode.id !== target)
    refuse('CONFLICT', `站点编码 ${s.code} 已被其他站点使用`)

  const id = typeof target === 'number' ? target : sameCode?.id
  if (id !== undefined) {
    await trx
      .updateTable('stations')
      .set(values as any)
      .where('id', '=', id)
      .execute()
    return { id, code: s.code, created: false }
  }
  const row = await trx
    .insertInto('stations')
    .values(values as any)
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id: row.id, code: s.code, created: true }
}
