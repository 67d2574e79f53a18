import type { TimerCtx } from '../../server/core/define-function'
import { log } from '../../server/core/log'
import { sweepDemands } from './domain/sweep'

/** Timer (every 5 minutes): reminders before deadlines, then overdue demands escalated to the street office. */
export async function sweep(ctx: TimerCtx) {
  const result = await sweepDemands(ctx)
  if (result.reminded || result.escalated) log.info('demands sweep', result)
  return result
}
