import { TIERS, type Tier } from '../../contract/stations'
import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { formatFacilities, formatHours, STATION_COLUMNS, toCsvLine } from './domain/csv'
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
    const lines = [toCsvLine(STATION_COLUMNS.map(([, label]) => label))]
    for (const r of rows) {
      lines.push(
        toCsvLine([
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
        ]),
      )
    }
    return { csv: '\uFEFF' + lines.join('\r\n') + '\r\n', filename, rows: rows.length }
  },
})
