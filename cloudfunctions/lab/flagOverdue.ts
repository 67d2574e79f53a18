import type { TimerJob } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { shanghaiDate } from '../../server/time/shanghai'
import { holdersOf } from '../../server/people/grants'

/** Every morning at 09:00: each lab's staff are told how many orders are past their due date. */
export const flagOverdue: TimerJob = async (ctx) => {
  const today = shanghaiDate(ctx.now)
  const labs = await ctx.db
    .selectFrom('lab_orders as o')
    .innerJoin('labs as l', 'l.id', 'o.lab_id')
    .select((eb) => ['l.id', 'l.name', eb.fn.countAll<number>().as('n')])
    .where('o.status', 'in', ['received', 'testing'])
    .where('o.due_date', '<', today)
    .groupBy(['l.id', 'l.name'])
    .execute()
  let told = 0
  for (const lab of labs) {
    for (const userId of await holdersOf(ctx.db, 'lab_staff', lab.id)) {
      await notify(ctx, {
        userId,
        kind: 'lab_overdue',
        data: { lab: lab.name, count: Number(lab.n) },
        page: '/subpackages/lab/desk',
        event: `lab_overdue:${lab.id}:${today}`,
      })
      told++
    }
  }
  return { labs: labs.length, told }
}
