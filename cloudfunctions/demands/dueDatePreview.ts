import { handler } from '../../server/core/define-function'
import { whenWords } from '../../server/time/shanghai'
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
    return {
      dueAt: dueAt.toISOString(),
      workingDays,
      text: `${workingDays} 个工作日，${whenWords(dueAt, now)} 前办结`,
    }
  },
})
