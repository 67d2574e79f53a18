import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { stationStaff } from './domain/access'
import { liveStatus } from './domain/present'

/** Station staff set live status: charging spots free/full, temporary closure, a short note. */
export const setStatus = handler('stations', 'setStatus', {
  access: stationStaff('stationId'),
  async run({ db, now, target: station }, input) {
    const patch: Record<string, unknown> = { status_updated_at: now }
    if (input.charging !== undefined) patch.charging = input.charging
    if (input.note !== undefined) patch.status_note = input.note || null
    if (input.closure !== undefined) {
      if (input.closure === null) {
        patch.closed_until = null
        patch.closed_reason = null
      } else {
        const until = new Date(input.closure.until)
        if (until <= now) refuse('BAD_REQUEST', '临时闭站的结束时间应晚于现在')
        if (until.getTime() - now.getTime() > 90 * 24 * 3600 * 1000)
          refuse('BAD_REQUEST', '临时闭站最长 90 天，更久请撤销站点')
        patch.closed_until = until
        patch.closed_reason = input.closure.reason
      }
    }
    const row = await db
      .updateTable('stations')
      .set(patch)
      .where('id', '=', station.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    return liveStatus(row, now)
  },
})
