import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { qrPngDataUrl } from '../../server/render/qr'
import { canManageStation } from './domain/access'
import { fromSpan, spansOf } from './domain/hours'
import { STATION_COLUMNS, summarize, type StationRow } from './domain/present'
import { canteenAtStation } from '../canteen/public'

/** What the QR at a station's door encodes; the app's scanner opens the station from it. */
export const stationQrPayload = (code: string) => `lianshe://station/${code}`

export const detail = handler('stations', 'detail', {
  access: 'public',
  async run({ db, user, now }, input) {
    let query = db
      .selectFrom('stations as s')
      .innerJoin('communities as c', 'c.id', 's.community_id')
      .select(STATION_COLUMNS)
      .select('c.name as community_name')
    query = 'id' in input ? query.where('s.id', '=', input.id) : query.where('s.code', '=', input.code)
    const row = (await query.executeTakeFirst()) as StationRow | undefined
    if (!row) return refuse('NOT_FOUND', '站点不存在')
    const spans = spansOf(row.hours)
    const canManage = await canManageStation(db, user, row)
    if (row.retired_at && !canManage) refuse('NOT_FOUND', '该站点已撤销')
    const mine = user
      ? await db
          .selectFrom('station_ratings')
          .select('stars')
          .where('station_id', '=', row.id)
          .where('user_id', '=', user.id)
          .executeTakeFirst()
      : undefined
    const canteen = await canteenAtStation(db, row.id)
    const { distanceM: _d, walkMinutes: _w, rideMinutes: _r, ...summary } = summarize(row, now)
    return {
      ...summary,
      communityId: row.community_id,
      operator: row.operator,
      phone: row.phone,
      hours: spans.sort((a, b) => a.weekday - b.weekday || a.opensMin - b.opensMin).map(fromSpan),
      afterHoursEntry: row.after_hours_entry,
      riderOffers: row.rider_offers,
      photos: row.photos,
      retired: Boolean(row.retired_at),
      canManage,
      myRating: mine?.stars ?? null,
      canteenId: canteen?.id ?? null,
    }
  },
  // The door sign's PNG is rendered after commit: it never holds the database.
  finish: async (station) => ({ ...station, qr: await qrPngDataUrl(stationQrPayload(station.code)) }),
})
