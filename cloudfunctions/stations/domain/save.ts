import { sql, type Transaction } from 'kysely'
import { stationEditSchema, type StationEdit } from '../../../contract/stations'
import type { DB } from '../../../server/db/schema'
import { refuse } from '../../../server/core/app-error'
import { storedHours, toSpan, validateHours } from './hours'

/**
 * The one write path for the admin form, CSV import and the demo seed. `target`: a station's id
 * (edit it), 'new' (create; its code must be free: the form), or 'by-code' (create, or update
 * the station with that code: a CSV row). Returns whether it created a new station.
 */
export async function saveStation(
  trx: Transaction<DB>,
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
    updated_at: new Date(),
  }

  const sameCode = await trx.selectFrom('stations').select(['id']).where('code', '=', s.code).executeTakeFirst()
  let stationId: number
  let created = false
  if (typeof target === 'number') {
    const id = target
    const existing = await trx.selectFrom('stations').select('id').where('id', '=', id).forUpdate().executeTakeFirst()
    if (!existing) return refuse('NOT_FOUND', '站点不存在')
    if (sameCode && sameCode.id !== id) refuse('CONFLICT', `站点编码 ${s.code} 已被其他站点使用`)
    await trx.updateTable('stations').set(values as any).where('id', '=', id).execute()
    stationId = id
  } else if (sameCode) {
    if (target === 'new') refuse('CONFLICT', `站点编码 ${s.code} 已被其他站点使用`)
    await trx.updateTable('stations').set(values as any).where('id', '=', sameCode.id).execute()
    stationId = sameCode.id
  } else {
    const row = await trx.insertInto('stations').values(values as any).returning('id').executeTakeFirstOrThrow()
    stationId = row.id
    created = true
  }

  return { id: stationId, code: s.code, created }
}
