import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { stationStaff } from './domain/access'
import { fromSpan, storedHours, toSpan, validateHours } from './domain/hours'

export const setHours = handler('stations', 'setHours', {
  access: stationStaff('stationId'),
  async run({ db, now, target: station }, { open24h, hours, afterHoursEntry }) {
    const problem = validateHours(hours)
    if (problem) refuse('BAD_REQUEST', problem)
    if (!open24h && hours.length === 0) refuse('BAD_REQUEST', '请至少填写一天的营业时间，或设为 24 小时开放')
    const spans = hours.map(toSpan)
    await db
      .updateTable('stations')
      .set({
        open_24h: open24h,
        hours: storedHours(spans),
        updated_at: now,
        ...(afterHoursEntry !== undefined ? { after_hours_entry: afterHoursEntry } : {}),
      })
      .where('id', '=', station.id)
      .execute()
    return { open24h, hours: spans.map(fromSpan) }
  },
})
