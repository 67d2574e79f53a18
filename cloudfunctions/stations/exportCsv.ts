import { TIERS, type Tier } from '../../contract/stations'
import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { csvText } from '../../server/sheets'
import { formatFacilities, formatHours, STATION_COLUMNS } from './domain/csv'
import { fromSpan, spansOf } from './domain/hours'

/** Admin: every active station as CSV, in the same format importCsv reads (BOM for Excel). */
export const exportCsv = handler('stations', 'exportCsv', {
  access: ['admin'],
  async run({ db, now }) {
    const rows = await db
      .selectFrom('stations as s')
      .innerJoin('communities as c', 'c.id', 's.community_id')
      .selectAll('s')
      .select('c.code as community_code')
      .where('s.retired_at', 'is', null)
      .orderBy('s.code')
      .execute()
    return { rows, filename: `stations-${shanghaiDate(now, '')}.csv` }
  },
  // Building the file is CPU work: after commit, never holding the database.
  finish: async ({ rows, filename }) => {
    const lines = rows.map((r) => [
      r.code,
      r.name,
      TIERS[r.tier as Tier] ?? r.tier,
      r.community_code,
      r.operator,
      r.address,
      r.phone,
      String(r.lng),
      String(r.lat),
      r.open_24h ? '是' : '否',
      formatHours(spansOf(r.hours).map(fromSpan)),
      formatFacilities(r.facilities),
      r.rider_offers,
      r.after_hours_entry,
    ])
    // server/sheets.ts writes every sheet: a cell that would run as a formula is made inert.
    const csv = csvText({ name: '站点', header: STATION_COLUMNS.map(([, label]) => label), rows: lines })
    return { csv, filename, rows: rows.length }
  },
})
