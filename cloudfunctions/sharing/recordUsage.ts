import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { liaisonOf } from './domain/access'
import { savingFen } from './domain/power'
import { memberOf, readingProblem, saveReading } from './domain/readings'

/** An enterprise records (or corrects) one month's actual kWh in a started round. */
export const recordUsage = handler('sharing', 'recordUsage', {
  access: liaisonOf('enterpriseId'),
  async run(ctx, { roundId, month, kwh, confirm }) {
    const { round, monthlyKwh } = await memberOf(ctx, roundId, ctx.target)
    const problem = readingProblem({ startedAt: round.started_at, monthlyKwh, now: ctx.now }, month, kwh, confirm)
    if (problem) refuse('BAD_REQUEST', problem)
    await saveReading(ctx, { roundId, enterpriseId: ctx.target.id, userId: ctx.user.id }, month, kwh)
    return { month, kwh, savingFen: savingFen(round, kwh) }
  },
})
