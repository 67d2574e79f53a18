import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'

const DAILY_REPORTS_PER_USER = 10

/** A problem seen at a station goes to its community's queue for staff. */
export const report = handler('stations', 'report', {
  access: own('the caller reports a problem'),
  async run({ db, user, now }, { stationId, kind, text }) {
    const station = await db
      .selectFrom('stations')
      .select(['id', 'community_id', 'retired_at'])
      .where('id', '=', stationId)
      .executeTakeFirst()
    if (!station || station.retired_at) return refuse('NOT_FOUND', '站点不存在或已撤销')
    const { n } = await db
      .selectFrom('station_reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', user.id)
      .where('created_at', '>', new Date(now.getTime() - 24 * 3600 * 1000))
      .executeTakeFirstOrThrow()
    if (Number(n) >= DAILY_REPORTS_PER_USER) refuse('RATE_LIMITED', '今天反馈次数已达上限，感谢你的热心')
    const dup = await db
      .selectFrom('station_reports')
      .select('id')
      .where('station_id', '=', stationId)
      .where('user_id', '=', user.id)
      .where('kind', '=', kind)
      .where('status', '=', 'open')
      .executeTakeFirst()
    if (dup) refuse('CONFLICT', '你已反馈过这个问题，工作人员处理中')
    const row = await db
      .insertInto('station_reports')
      .values({ station_id: stationId, community_id: station.community_id, user_id: user.id, kind, text })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { reportId: row.id }
  },
})
