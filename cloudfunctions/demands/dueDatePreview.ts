import { WEEKDAYS } from '../../contract/stations-labels'
import { handler } from '../../server/core/define-function'
import { SHANGHAI_OFFSET_MS } from '../../server/time/shanghai'
import { clockFrom, slaMinutes, workingDaysOf } from './domain/sla'

/**
 * 企业点单, before submitting: the deadline a demand filed now would get (the same clock `file`
 * starts), said in working days and as a date, so 紧急 filed on a Saturday is not a surprise.
 */
export const dueDatePreview = handler('demands', 'dueDatePreview', {
  access: ['enterprise'],
  async run({ now }, input) {
    const minutes = slaMinutes(input.urgency, input.category)
    const { dueAt } = clockFrom(now, minutes)
    const workingDays = workingDaysOf(minutes)
    const s = new Date(dueAt.getTime() + SHANGHAI_OFFSET_MS)
    const hhmm = `${String(s.getUTCHours()).padStart(2, '0')}:${String(s.getUTCMinutes()).padStart(2, '0')}`
    const date = `${s.getUTCMonth() + 1}月${s.getUTCDate()}日 ${WEEKDAYS[s.getUTCDay()]}`
    return {
      dueAt: dueAt.toISOString(),
      workingDays,
      text: `${workingDays} 个工作日，${date} ${hhmm} 前办结`,
    }
  },
})
