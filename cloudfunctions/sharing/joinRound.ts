import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { dayWords, shanghaiDate } from '../../server/time/shanghai'
import { liaisonOf } from './domain/access'
import { roundColumns, roundTotals, thresholdMet } from './domain/power'

/**
 * An enterprise joins a 绿电享 round with its monthly consumption: once, inside the join window.
 * The round row is locked first, so concurrent joins count one after the other; the one that
 * meets the threshold flips the round to 已开团 with a conditional update (status = 'open'), and
 * only that one tells every member — exactly once.
 */
export const joinRound = handler('sharing', 'joinRound', {
  access: liaisonOf('enterpriseId'),
  async run(ctx, { roundId, monthlyKwh }) {
    const { db, now, user, target: enterprise } = ctx
    const r = await db
      .selectFrom('sharing_power_rounds as r')
      .select(roundColumns)
      .where('r.id', '=', roundId)
      .forUpdate()
      .executeTakeFirst()
    if (!r) return refuse('NOT_FOUND', '团购轮次不存在')
    if (r.community_id !== enterprise.community_id) refuse('FORBIDDEN', '该团购面向其他社区的企业')
    const today = shanghaiDate(now)
    if (today < r.join_opens) refuse('CONFLICT', `报名 ${dayWords(r.join_opens)} 开始，请届时再来`)
    if (today > r.join_closes) refuse('CONFLICT', `报名已于 ${dayWords(r.join_closes)} 截止，不能再加入`)
    const inserted = await db
      .insertInto('sharing_power_members')
      .values({
        round_id: r.id,
        enterprise_id: enterprise.id,
        monthly_kwh: monthlyKwh,
        joined_by: user.id,
        joined_at: now,
      })
      .onConflict((oc) => oc.columns(['round_id', 'enterprise_id']).doNothing())
      .returning('round_id')
      .executeTakeFirst()
    if (!inserted) refuse('CONFLICT', `${enterprise.name}已加入本轮团购，不能重复加入`)
    const totals = (await roundTotals(db, [r.id])).get(r.id)!
    let started = false
    if (r.status === 'open' && thresholdMet(r, totals)) {
      const flipped = await db
        .updateTable('sharing_power_rounds')
        .set({ status: 'started', started_at: now })
        .where('id', '=', r.id)
        .where('status', '=', 'open')
        .returning('id')
        .executeTakeFirst()
      started = Boolean(flipped)
      if (started) {
        const people = await db
          .selectFrom('sharing_power_members')
          .select('joined_by')
          .where('round_id', '=', r.id)
          .where('joined_by', 'is not', null)
          .union(
            db
              .selectFrom('sharing_power_rounds')
              .select(sql<number | null>`created_by`.as('joined_by'))
              .where('id', '=', r.id)
              .where('created_by', 'is not', null),
          )
          .execute()
        for (const p of people) {
          await notify(ctx, {
            userId: p.joined_by!,
            kind: 'power_round_started',
            data: { round: r.title, supplier: r.supplier, members: totals.members },
            page: `/subpackages/sharing/round?id=${r.id}`,
            event: `power:${r.id}:started`,
          })
        }
      }
    }
    return { started, members: totals.members }
  },
})
